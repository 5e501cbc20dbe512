# Unit tests for case intake's rules (issue 5); included from CMakeLists.txt.
halldesk_add_test(tst_casenumber SOURCES tst_casenumber.cpp)
halldesk_add_test(tst_caselifecycle SOURCES tst_caselifecycle.cpp)
halldesk_add_test(tst_applicantvalidator SOURCES tst_applicantvalidator.cpp)
halldesk_add_test(tst_decisionrules SOURCES tst_decisionrules.cpp)
halldesk_add_test(tst_casejson SOURCES tst_casejson.cpp)
