# Catalogue search over 1,000 items (issue 5); included from CMakeLists.txt. The smoke run only
# checks that the benchmark still builds and finds what it should.
qt_add_executable(bench_cataloguesearch bench_cataloguesearch.cpp)
halldesk_target_defaults(bench_cataloguesearch)
target_link_libraries(bench_cataloguesearch PRIVATE halldesk_test_support HallDesk::core)
add_test(NAME bench_cataloguesearch_smoke COMMAND bench_cataloguesearch --rounds 3)
set_tests_properties(bench_cataloguesearch_smoke PROPERTIES
    LABELS bench PASS_REGULAR_EXPRESSION "status=ok")
