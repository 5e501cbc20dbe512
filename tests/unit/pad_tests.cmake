# Tests of the evaluator pad (评价器): its spoken prompts, and its pages and screen (offscreen;
# skipped without the widgets); included from CMakeLists.txt.
halldesk_add_test(tst_padvoice
    SOURCES tst_padvoice.cpp ${PROJECT_SOURCE_DIR}/tests/support/FakeSpeechEngine.h
    LIBRARIES HallDesk::speech)
halldesk_add_test(tst_padpages
    SOURCES tst_padpages.cpp ${PROJECT_SOURCE_DIR}/tests/support/PadPageChecks.h
    LIBRARIES HallDesk::pad_ui)
halldesk_add_test(tst_padscreen
    SOURCES tst_padscreen.cpp ${PROJECT_SOURCE_DIR}/tests/support/PadPageChecks.h
            ${PROJECT_SOURCE_DIR}/tests/support/FakeSpeechEngine.h
    LIBRARIES HallDesk::pad_ui)
