# Tests of the printed notices (halldesk_notice): QR codes read back by a real decoder and PDFs
# checked with poppler; included from CMakeLists.txt.
halldesk_add_test(tst_qrcode SOURCES tst_qrcode.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h LIBRARIES HallDesk::notice)
halldesk_add_test(tst_noticeqrpayload SOURCES tst_noticeqrpayload.cpp LIBRARIES HallDesk::notice)
halldesk_add_test(tst_noticepdf SOURCES tst_noticepdf.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
                  LIBRARIES HallDesk::notice)
halldesk_add_test(tst_pdftounicoderepair SOURCES tst_pdftounicoderepair.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
                  LIBRARIES HallDesk::notice)
halldesk_add_test(tst_noticedocumentbuilder SOURCES tst_noticedocumentbuilder.cpp
                  LIBRARIES HallDesk::notice)
# The ticket kiosk's slips (issue 8).
halldesk_add_test(tst_ticketslip SOURCES tst_ticketslip.cpp
                  ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h LIBRARIES HallDesk::notice)
halldesk_add_test(tst_windowranges SOURCES tst_windowranges.cpp)
# The supervisor's reports as PDF (issue 8).
halldesk_add_test(tst_reportpdf SOURCES tst_reportpdf.cpp
                  ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h LIBRARIES HallDesk::notice)
