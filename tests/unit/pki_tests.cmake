# Tests of the hall's PKI (core/pki) and the production CA script; included from CMakeLists.txt.
halldesk_add_test(tst_certificateissuer SOURCES tst_certificateissuer.cpp)
halldesk_add_test(tst_terminalidentity SOURCES tst_terminalidentity.cpp)
halldesk_add_test(tst_tlssettings SOURCES tst_tlssettings.cpp)
halldesk_add_test(tst_developmentpki SOURCES tst_developmentpki.cpp)
halldesk_add_test(tst_pkiscript SOURCES tst_pkiscript.cpp)
target_compile_definitions(tst_pkiscript PRIVATE HALLDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
