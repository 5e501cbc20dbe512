# The counter's case lists and case view (ui/cases), offscreen; included from CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_caseviews SOURCES tst_caseviews.cpp LIBRARIES HallDesk::counter_ui)
