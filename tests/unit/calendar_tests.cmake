# Unit tests of the working-day calendar and case deadlines; included from CMakeLists.txt.
halldesk_add_test(tst_holidayyearjson SOURCES tst_holidayyearjson.cpp)
halldesk_add_test(tst_workingcalendar SOURCES tst_workingcalendar.cpp)
halldesk_add_test(tst_casedeadline SOURCES tst_casedeadline.cpp)
