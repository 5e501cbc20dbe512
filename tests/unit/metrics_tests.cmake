# Unit tests for the metrics registry and its HTTP endpoint; included from CMakeLists.txt.
halldesk_add_test(tst_metricsregistry SOURCES tst_metricsregistry.cpp)
halldesk_add_test(tst_metricshttpserver SOURCES tst_metricshttpserver.cpp)
