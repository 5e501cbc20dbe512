# The supervisor console's alerts, on a HallMonitor fed by hand; included from CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_alertmonitor SOURCES tst_alertmonitor.cpp)
