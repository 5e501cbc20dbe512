# Unit tests of the terminal protocol's request parsing (core/protocol); included from
# CMakeLists.txt.
halldesk_add_test(tst_requestparser SOURCES tst_requestparser.cpp)
set_tests_properties(tst_requestparser PROPERTIES TIMEOUT 120)
