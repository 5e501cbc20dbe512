# A terminal's SQLite outbox against the real hall server over TLS (NetworkFixture): changes
# survive a restart of the terminal program and happen exactly once, and so do cases taken
# offline (CaseDesk). Included from CMakeLists.txt.
include_guard(DIRECTORY)
foreach(name tst_outboxrestart tst_casedeskrestart)
    halldesk_add_test(${name} SOURCES ${name}.cpp)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180 LABELS network)
endforeach()
# A material scanned on SANE's test scanner, kept with its case and uploaded once the server has
# the case (needs the scan library, and LeakSanitizer's SANE suppressions under ASan).
halldesk_add_test(tst_scanintake SOURCES tst_scanintake.cpp LIBRARIES HallDesk::scan
                  ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/sane-lsan.supp")
set_tests_properties(tst_scanintake PROPERTIES TIMEOUT 300 LABELS network)
# The evaluator pad: a rating asked for, given, signed, kept offline and delivered once.
halldesk_add_test(tst_padsession SOURCES tst_padsession.cpp)
set_tests_properties(tst_padsession PROPERTIES TIMEOUT 180 LABELS network)
# The hall board: calls newest first, recalls, waiting per area, back by itself after a
# dropped connection or a server restart without repeating old calls.
halldesk_add_test(tst_boardsession SOURCES tst_boardsession.cpp)
set_tests_properties(tst_boardsession PROPERTIES TIMEOUT 180 LABELS network)
# The ticket kiosk's core: figures, one ticket per touch, resident IDs checked first, nothing
# issued offline, and a lost answer (dropped connection, killed kiosk) yielding one ticket.
halldesk_add_test(tst_kiosksession SOURCES tst_kiosksession.cpp)
set_tests_properties(tst_kiosksession PROPERTIES TIMEOUT 180 LABELS network)
# The supervisor console's live hall: window states, queue figures, reconnects, restarts, a new
# day; and its alerts in a simulated hall of 271 windows.
foreach(name tst_hallmonitor tst_hallalerts)
    halldesk_add_test(${name} SOURCES ${name}.cpp)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180 LABELS network)
endforeach()
