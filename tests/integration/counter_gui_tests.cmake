# The counter's window against the real halldesk-server process (offscreen platform):
# tst_countergui drives a working day by its keys; tst_counterscreens looks at it in Chinese at
# the hall's screen sizes (no clipped text, screenshots saved); tst_counterpad runs the rating
# flow with the evaluator pad on the counter's second monitor.
foreach(name tst_countergui tst_counterscreens tst_counterpad)
    halldesk_add_test(${name} SOURCES ${name}.cpp LIBRARIES HallDesk::counter_ui)
    target_compile_definitions(${name} PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(${name} halldesk-server)
    set_tests_properties(${name} PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endforeach()
# A clerk whose account an administrator changes goes back to the counter's sign-in dialog, told
# why (NetworkFixture: the administrator's change is made by the test itself).
halldesk_add_test(tst_countersessionend SOURCES tst_countersessionend.cpp
                  LIBRARIES HallDesk::counter_ui)
set_tests_properties(tst_countersessionend PROPERTIES TIMEOUT 180 LABELS "network;gui"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
