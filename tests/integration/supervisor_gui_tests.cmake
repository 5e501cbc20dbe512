# The supervisor console (值班长) against the real halldesk-server process, offscreen at
# 1920×1080 in Chinese (screenshots in supervisor-screens/); included from CMakeLists.txt with
# the widgets. Each runs the console through SupervisorConsoleFixture.
function(halldesk_add_supervisor_gui_test name)
    halldesk_add_test(${name} ${ARGN}
        LIBRARIES HallDesk::supervisor_ui halldesk_supervisor_test_support)
    target_compile_definitions(${name} PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(${name} halldesk-server)
    set_tests_properties(${name} PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endfunction()

# The live hall: the sign-in, the grid of windows, the queues and the alerts.
halldesk_add_supervisor_gui_test(tst_supervisorscreen SOURCES tst_supervisorscreen.cpp)
# Its pages beyond the live hall: the grid's filter, reports with their CSV and PDF, and the
# 差评 follow-ups.
halldesk_add_supervisor_gui_test(tst_supervisorpages
    SOURCES tst_supervisorpages.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h)
# The charts and staff pages (issue 8) against the real server; screenshots beside the others.
halldesk_add_supervisor_gui_test(tst_supervisorstats SOURCES tst_supervisorstats.cpp)
# The administration page (系统管理) against the real server on the demo hall, as its admin.
halldesk_add_supervisor_gui_test(tst_adminscreen SOURCES tst_adminscreen.cpp)
