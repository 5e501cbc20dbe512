# The hall board (issue 8): from a counter's callNext answer to the board's session hearing of
# the call, over loopback TLS; included from CMakeLists.txt. The smoke run only checks that it
# still builds and works.
qt_add_executable(bench_boardlatency bench_boardlatency.cpp)
halldesk_target_defaults(bench_boardlatency)
target_link_libraries(bench_boardlatency PRIVATE halldesk_test_support HallDesk::core Qt6::Test)
add_test(NAME bench_boardlatency_smoke COMMAND bench_boardlatency --calls 20)
set_tests_properties(bench_boardlatency_smoke PROPERTIES
    LABELS bench TIMEOUT 300 PASS_REGULAR_EXPRESSION "status=ok"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
