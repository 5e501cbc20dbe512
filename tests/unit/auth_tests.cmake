# Unit tests for staff password hashing and session tokens; included from CMakeLists.txt.
halldesk_add_test(tst_passwordhasher SOURCES tst_passwordhasher.cpp)
halldesk_add_test(tst_sessiontoken SOURCES tst_sessiontoken.cpp)
