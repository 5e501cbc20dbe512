# The hall board (综合屏) against the real halldesk-server process, offscreen at 1920×1080 in
# Chinese (screenshots in board-screens/); included from CMakeLists.txt with the widgets.
halldesk_add_test(tst_boardscreen
    SOURCES tst_boardscreen.cpp ${PROJECT_SOURCE_DIR}/tests/support/FakeSpeechEngine.h
    LIBRARIES HallDesk::board_ui)
if(TARGET tst_boardscreen)
    target_compile_definitions(tst_boardscreen PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_boardscreen halldesk-server)
    set_tests_properties(tst_boardscreen PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()
