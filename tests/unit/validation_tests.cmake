# Unit tests for input validation and personal-data encryption; included from CMakeLists.txt.
halldesk_add_test(tst_residentid SOURCES tst_residentid.cpp)
halldesk_add_test(tst_mobilenumber SOURCES tst_mobilenumber.cpp)
halldesk_add_test(tst_creditcode SOURCES tst_creditcode.cpp)
halldesk_add_test(tst_personaldatacipher SOURCES tst_personaldatacipher.cpp)
# Documents at rest: chunked AES-256-GCM files (scanned materials on terminals and the server).
halldesk_add_test(tst_sealedfile SOURCES tst_sealedfile.cpp)
halldesk_add_test(tst_hallkeyfile SOURCES tst_hallkeyfile.cpp)
