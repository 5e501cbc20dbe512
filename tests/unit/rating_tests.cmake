# Tests of the shared rating types (core/rating); included from CMakeLists.txt.
halldesk_add_test(tst_ratingrecord SOURCES tst_ratingrecord.cpp)
halldesk_add_test(tst_ratingsigner SOURCES tst_ratingsigner.cpp)
halldesk_add_test(tst_staffphotos SOURCES tst_staffphotos.cpp LIBRARIES Qt6::Gui)
