# A4 pages through the scan pipeline (issue 6); included from CMakeLists.txt. The smoke run
# only checks that the benchmark still builds and gets a small batch through.
qt_add_executable(bench_scanpipeline bench_scanpipeline.cpp)
halldesk_target_defaults(bench_scanpipeline)
target_link_libraries(bench_scanpipeline PRIVATE halldesk_test_support HallDesk::scan)
add_test(NAME bench_scanpipeline_smoke COMMAND bench_scanpipeline --pages 2 --dpi 150)
set_tests_properties(bench_scanpipeline_smoke PROPERTIES
    LABELS bench PASS_REGULAR_EXPRESSION "status=ok" ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
