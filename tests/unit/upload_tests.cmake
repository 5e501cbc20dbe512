# Uploads of scanned materials (issue 6): the server's partial and stored files without the
# network; included from CMakeLists.txt. Over real TLS: tests/integration/tst_materialupload.
halldesk_add_test(tst_materialuploads SOURCES tst_materialuploads.cpp)
