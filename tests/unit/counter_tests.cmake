# Unit tests of the counter's screens (ui/counter); included from CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_counterdialogs SOURCES tst_counterdialogs.cpp
                  LIBRARIES HallDesk::counter_ui)
halldesk_add_test(tst_scanuploadindicator SOURCES tst_scanuploadindicator.cpp
                  LIBRARIES HallDesk::counter_ui)
