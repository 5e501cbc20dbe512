# Tests of the shared rating types (core/rating); included from CMakeLists.txt.
halldesk_add_test(tst_ratingrecord SOURCES tst_ratingrecord.cpp)
halldesk_add_test(tst_ratingsigner SOURCES tst_ratingsigner.cpp)
