# Unit tests of the counter's logic without widgets (core/counter); included from CMakeLists.txt.
include_guard(DIRECTORY)
halldesk_add_test(tst_countermodel SOURCES tst_countermodel.cpp)
