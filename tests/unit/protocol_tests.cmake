# Unit tests of the terminal protocol's request parsing (core/protocol); included from
# CMakeLists.txt.
halldesk_add_test(tst_requestparser SOURCES tst_requestparser.cpp)
set_tests_properties(tst_requestparser PROPERTIES TIMEOUT 120)
# The binary messages of uploads (PROTOCOL.md §11.2).
halldesk_add_test(tst_uploadframe SOURCES tst_uploadframe.cpp)
