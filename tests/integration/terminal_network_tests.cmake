# A terminal's SQLite outbox against the real hall server over TLS (NetworkFixture): changes
# survive a restart of the terminal program and happen exactly once, and so do cases taken
# offline (CaseDesk). Included from CMakeLists.txt.
include_guard(DIRECTORY)
foreach(name tst_outboxrestart tst_casedeskrestart)
    halldesk_add_test(${name} SOURCES ${name}.cpp)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180 LABELS network)
endforeach()
