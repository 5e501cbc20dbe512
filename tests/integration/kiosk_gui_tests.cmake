# The ticket kiosk (取号机) against the real halldesk-server process, offscreen at 1080×1920 in
# Chinese, its slips printed through QPrinter as PDF and read back with poppler and zbarimg
# (screenshots in kiosk-screens/); included from CMakeLists.txt with the widgets.
halldesk_add_test(tst_kioskscreen
    SOURCES tst_kioskscreen.cpp ${PROJECT_SOURCE_DIR}/tests/support/FakeSpeechEngine.h
    LIBRARIES HallDesk::kiosk_ui)
if(TARGET tst_kioskscreen)
    target_compile_definitions(tst_kioskscreen PRIVATE
        HALLDESK_SERVER_PATH="$<TARGET_FILE:halldesk-server>")
    add_dependencies(tst_kioskscreen halldesk-server)
    set_tests_properties(tst_kioskscreen PROPERTIES TIMEOUT 300 LABELS "network;gui"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=300000")
endif()
