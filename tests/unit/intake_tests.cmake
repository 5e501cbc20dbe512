# Unit tests of the intake screen's parts (ui/intake) and their model; included from
# CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_materialchecklistmodel SOURCES tst_materialchecklistmodel.cpp)
halldesk_add_test(tst_intakewidgets SOURCES tst_intakewidgets.cpp
                  LIBRARIES HallDesk::counter_ui)
halldesk_add_test(tst_itempicker SOURCES tst_itempicker.cpp LIBRARIES HallDesk::counter_ui)
halldesk_add_test(tst_intakedialog SOURCES tst_intakedialog.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
                  LIBRARIES HallDesk::counter_ui)
halldesk_add_test(tst_intakescanlauncher SOURCES tst_intakescanlauncher.cpp
                  LIBRARIES HallDesk::counter_ui)
