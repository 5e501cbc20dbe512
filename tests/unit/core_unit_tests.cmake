# Unit tests for the hall definition, wait estimate, hall time and database address; included
# from CMakeLists.txt.
halldesk_add_test(tst_halldefinition SOURCES tst_halldefinition.cpp)
halldesk_add_test(tst_waitestimator SOURCES tst_waitestimator.cpp)
halldesk_add_test(tst_halltime SOURCES tst_halltime.cpp)
halldesk_add_test(tst_databaseurl SOURCES tst_databaseurl.cpp)
# The priority groups in one wording for every screen.
halldesk_add_test(tst_prioritygroupnames SOURCES tst_prioritygroupnames.cpp)
