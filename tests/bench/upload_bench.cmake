# Uploads of scanned materials (issue 6) over loopback TLS; included from CMakeLists.txt. The
# smoke run only checks that the benchmark still builds and gets two small scans through.
qt_add_executable(bench_upload bench_upload.cpp)
halldesk_target_defaults(bench_upload)
target_link_libraries(bench_upload PRIVATE halldesk_test_support HallDesk::core Qt6::Test)
add_test(NAME bench_upload_smoke COMMAND bench_upload --materials 2 --mb 1)
set_tests_properties(bench_upload_smoke PROPERTIES
    LABELS bench TIMEOUT 300 PASS_REGULAR_EXPRESSION "status=ok")
