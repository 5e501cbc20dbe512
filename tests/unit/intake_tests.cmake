# Unit tests of the intake screen's parts (ui/intake) and their model; included from
# CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_materialchecklistmodel SOURCES tst_materialchecklistmodel.cpp)
halldesk_add_test(tst_intakewidgets SOURCES tst_intakewidgets.cpp
                  LIBRARIES HallDesk::counter_ui)
