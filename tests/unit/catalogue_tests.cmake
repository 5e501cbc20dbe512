# Unit tests for the service catalogue (issue 5); included from CMakeLists.txt.
halldesk_add_test(tst_catalogue SOURCES tst_catalogue.cpp)
halldesk_add_test(tst_cataloguejson SOURCES tst_cataloguejson.cpp CatalogueJsonFixture.h)
halldesk_add_test(tst_democatalogue SOURCES tst_democatalogue.cpp)
halldesk_add_test(tst_pinyininitials SOURCES tst_pinyininitials.cpp)
halldesk_add_test(tst_cataloguesearch SOURCES tst_cataloguesearch.cpp)
halldesk_add_test(tst_formfieldvalidator SOURCES tst_formfieldvalidator.cpp)
