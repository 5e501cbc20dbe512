# The supervisor console: HallMonitor taking in a 271-window snapshot and a stream of events;
# included from CMakeLists.txt. The smoke run only checks that it still builds and works.
qt_add_executable(bench_hallmonitor bench_hallmonitor.cpp)
halldesk_target_defaults(bench_hallmonitor)
target_link_libraries(bench_hallmonitor PRIVATE halldesk_test_support HallDesk::core)
add_test(NAME bench_hallmonitor_smoke COMMAND bench_hallmonitor --snapshots 3 --events 2000)
set_tests_properties(bench_hallmonitor_smoke PROPERTIES
    LABELS bench TIMEOUT 120 PASS_REGULAR_EXPRESSION "status=ok")

# Hall reports (issue 8): a quarterly report on a year of tickets, and the live view beside it.
# By hand: bench_hallreport --tickets 5000000. The smoke run only checks that it still works.
qt_add_executable(bench_hallreport bench_hallreport.cpp)
halldesk_target_defaults(bench_hallreport)
target_link_libraries(bench_hallreport PRIVATE halldesk_test_support HallDesk::core)
add_test(NAME bench_hallreport_smoke COMMAND bench_hallreport --tickets 20000 --runs 1)
set_tests_properties(bench_hallreport_smoke PROPERTIES
    LABELS bench TIMEOUT 300 PASS_REGULAR_EXPRESSION "status=ok")
