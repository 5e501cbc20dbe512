# The supervisor console: HallMonitor taking in a 271-window snapshot and a stream of events;
# included from CMakeLists.txt. The smoke run only checks that it still builds and works.
qt_add_executable(bench_hallmonitor bench_hallmonitor.cpp)
halldesk_target_defaults(bench_hallmonitor)
target_link_libraries(bench_hallmonitor PRIVATE halldesk_test_support HallDesk::core)
add_test(NAME bench_hallmonitor_smoke COMMAND bench_hallmonitor --snapshots 3 --events 2000)
set_tests_properties(bench_hallmonitor_smoke PROPERTIES
    LABELS bench TIMEOUT 120 PASS_REGULAR_EXPRESSION "status=ok")
