# Unit tests of the terminal store (core/terminal) on real SQLite files: the outbox, the
# counter's cases, numbers, cached catalogue and intake; included from
# CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_terminalstore SOURCES tst_terminalstore.cpp)
halldesk_add_test(tst_sqliteoutbox SOURCES tst_sqliteoutbox.cpp)
halldesk_add_test(tst_terminalcasestore SOURCES tst_terminalcasestore.cpp)
halldesk_add_test(tst_casenumberallocator SOURCES tst_casenumberallocator.cpp)
halldesk_add_test(tst_cataloguecache SOURCES tst_cataloguecache.cpp)
halldesk_add_test(tst_casedesk SOURCES tst_casedesk.cpp)
halldesk_add_test(tst_caselistmodel SOURCES tst_caselistmodel.cpp)
halldesk_add_test(tst_materialscanstore SOURCES tst_materialscanstore.cpp)
