# Tests of scanning (halldesk_scan); included from CMakeLists.txt.
include_guard(DIRECTORY)
# The real libsane with its virtual "test" scanner (libsane1), configured by the test itself.
halldesk_add_test(tst_sanescanner SOURCES tst_sanescanner.cpp ScanRunRecorder.h
                  LIBRARIES HallDesk::scan
                  ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/sane-lsan.supp")
# Image files and PDFs (rendered by poppler-utils' pdftoppm).
halldesk_add_test(tst_fileimportsource SOURCES tst_fileimportsource.cpp ScanRunRecorder.h
                  LIBRARIES HallDesk::scan)
