# The hall server and its terminals over real TLS sockets (tests/support/NetworkFixture);
# included from CMakeLists.txt.
foreach(name tst_hallserver tst_serveraccess tst_serverbadinput tst_idempotency tst_hallclient
             tst_caseserver tst_materialupload tst_ratingserver tst_kioskserver
             tst_windowpresence tst_hallreportserver tst_staffreportserver)
    halldesk_add_test(${name} SOURCES ${name}.cpp)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180 LABELS network)
endforeach()

# The real halldesk-server, killed and restarted under load.
halldesk_add_test(tst_serverkill SOURCES tst_serverkill.cpp)
target_compile_definitions(tst_serverkill PRIVATE
    HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
add_dependencies(tst_serverkill halldesk-server)
set_tests_properties(tst_serverkill PROPERTIES TIMEOUT 300 LABELS network
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
