# The supervisor console (值班长) against the real halldesk-server process, offscreen at
# 1920×1080 in Chinese (screenshots in supervisor-screens/); included from CMakeLists.txt with
# the widgets.
halldesk_add_test(tst_supervisorscreen
    SOURCES tst_supervisorscreen.cpp
    LIBRARIES HallDesk::supervisor_ui)
if(TARGET tst_supervisorscreen)
    target_compile_definitions(tst_supervisorscreen PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_supervisorscreen halldesk-server)
    set_tests_properties(tst_supervisorscreen PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()
# Its pages beyond the live hall: the grid's filter, reports with their CSV and PDF, and the
# 差评 follow-ups.
halldesk_add_test(tst_supervisorpages
    SOURCES tst_supervisorpages.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
    LIBRARIES HallDesk::supervisor_ui)
if(TARGET tst_supervisorpages)
    target_compile_definitions(tst_supervisorpages PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_supervisorpages halldesk-server)
    set_tests_properties(tst_supervisorpages PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()

# The charts and staff pages (issue 8) against the real server; screenshots beside the others.
halldesk_add_test(tst_supervisorstats
    SOURCES tst_supervisorstats.cpp
    LIBRARIES HallDesk::supervisor_ui)
if(TARGET tst_supervisorstats)
    target_compile_definitions(tst_supervisorstats PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_supervisorstats halldesk-server)
    set_tests_properties(tst_supervisorstats PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()

# The administration page (系统管理) against the real server on the demo hall, as its admin.
halldesk_add_test(tst_adminscreen
    SOURCES tst_adminscreen.cpp
    LIBRARIES HallDesk::supervisor_ui)
if(TARGET tst_adminscreen)
    target_compile_definitions(tst_adminscreen PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_adminscreen halldesk-server)
    set_tests_properties(tst_adminscreen PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()
