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
