# Tests of the spoken calls (halldesk_speech): the announcer over a test double, and the real
# Qt TextToSpeech engine; included from CMakeLists.txt.
halldesk_add_test(tst_callannouncer
    SOURCES tst_callannouncer.cpp ${PROJECT_SOURCE_DIR}/tests/support/FakeSpeechEngine.h
    LIBRARIES HallDesk::speech)
halldesk_add_test(tst_qtspeechengine SOURCES tst_qtspeechengine.cpp LIBRARIES HallDesk::speech
                  LABELS speech)
halldesk_add_test(tst_spokenannouncement SOURCES tst_spokenannouncement.cpp
                  LIBRARIES HallDesk::speech)
