# Unit tests of the terminal side of the protocol (core/client); included from CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_reconnectbackoff SOURCES tst_reconnectbackoff.cpp)
