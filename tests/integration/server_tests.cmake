# The halldesk-server program itself, run as a child process; included from CMakeLists.txt.
halldesk_add_test(tst_serverprocess SOURCES tst_serverprocess.cpp)
target_compile_definitions(tst_serverprocess PRIVATE
    HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
add_dependencies(tst_serverprocess halldesk-server)
