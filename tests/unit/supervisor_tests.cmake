# The supervisor console's alerts and models, on a HallMonitor fed by hand; included from
# CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_alertmonitor SOURCES tst_alertmonitor.cpp)
halldesk_add_test(tst_windowgridmodel SOURCES tst_windowgridmodel.cpp HallFeed.h)
halldesk_add_test(tst_queuetablemodel SOURCES tst_queuetablemodel.cpp HallFeed.h)
halldesk_add_test(tst_hallcounts SOURCES tst_hallcounts.cpp HallFeed.h)
# The models of the charts, attendance and ranking answers (issue 8).
halldesk_add_test(tst_reportmodels SOURCES tst_reportmodels.cpp)
# The console's settings file; its class is in the widget library.
halldesk_add_test(tst_supervisorsettings SOURCES tst_supervisorsettings.cpp
                  LIBRARIES HallDesk::supervisor_ui)
# The reports page's request, table and CSV, and the follow-up list (issue 8).
halldesk_add_test(tst_reportrequest SOURCES tst_reportrequest.cpp)
halldesk_add_test(tst_hallreporttable SOURCES tst_hallreporttable.cpp)
halldesk_add_test(tst_reportcsv SOURCES tst_reportcsv.cpp)
halldesk_add_test(tst_followuptablemodel SOURCES tst_followuptablemodel.cpp)
# The administration page's model and the hall's alert thresholds, without widgets.
halldesk_add_test(tst_adminconfig SOURCES tst_adminconfig.cpp)
halldesk_add_test(tst_adminlogmodel SOURCES tst_adminlogmodel.cpp)
# The delegate that sets a table's marked rows apart (areas, totals, overdue follow-ups).
halldesk_add_test(tst_emphasisrowdelegate SOURCES tst_emphasisrowdelegate.cpp
                  LIBRARIES HallDesk::supervisor_ui)
# The console's problem colour, readable where it is shown.
halldesk_add_test(tst_supervisorlook SOURCES tst_supervisorlook.cpp
                  LIBRARIES HallDesk::supervisor_ui)
