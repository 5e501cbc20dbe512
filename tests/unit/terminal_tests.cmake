# Unit tests of the terminal store (core/terminal) on real SQLite files; included from
# CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_terminalstore SOURCES tst_terminalstore.cpp)
halldesk_add_test(tst_sqliteoutbox SOURCES tst_sqliteoutbox.cpp)
