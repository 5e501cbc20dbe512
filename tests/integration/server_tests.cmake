# The halldesk-server program itself, run as a child process; included from CMakeLists.txt.
halldesk_add_test(tst_serverprocess SOURCES tst_serverprocess.cpp)
target_compile_definitions(tst_serverprocess PRIVATE
    HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
add_dependencies(tst_serverprocess halldesk-server)

# Cases on the server (issue 5): the case tables and the catalogue and calendar it starts with,
# on each back-end. Once in CI, tst_casestore on PostgreSQL stalled in a schema migration while
# the concurrency load test had the server to itself; these short tests now wait for it.
halldesk_add_backend_test(tst_casestore SOURCES tst_casestore.cpp TIMEOUT 300 HEAVY)
halldesk_add_backend_test(tst_caseworkloader SOURCES tst_caseworkloader.cpp TIMEOUT 300 HEAVY)
# Stored scans of materials (issue 6): the case_documents table on each back-end.
halldesk_add_backend_test(tst_documentstore SOURCES tst_documentstore.cpp TIMEOUT 120)
# Service ratings (issue 7): the rating and follow-up tables and the statistics, on each back-end.
halldesk_add_backend_test(tst_ratingstore SOURCES tst_ratingstore.cpp TIMEOUT 120)
# The ticket kiosk (issue 8): appointments imported and checked in, on each back-end.
halldesk_add_backend_test(tst_appointmentstore SOURCES tst_appointmentstore.cpp TIMEOUT 120)
# Hall reports (issue 8): the figures of hallReport on a known set of tickets, on each back-end.
halldesk_add_backend_test(tst_hallreport SOURCES tst_hallreport.cpp TIMEOUT 120)
# The supervisor's charts, staff attendance and quarterly ranking (issue 8), on each back-end.
halldesk_add_backend_test(tst_staffreports SOURCES tst_staffreports.cpp TIMEOUT 120)
# Administration (issue 8): the admin operations over the real server and TLS, on each
# back-end (NetworkFixture takes PostgreSQL from HALLDESK_TEST_BACKEND).
halldesk_add_backend_test(tst_adminserver SOURCES tst_adminserver.cpp TIMEOUT 300)
halldesk_add_backend_test(tst_adminlog SOURCES tst_adminlog.cpp TIMEOUT 120)
