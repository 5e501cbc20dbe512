# Tests of scanning (halldesk_scan); included from CMakeLists.txt.
include_guard(DIRECTORY)
# The page pipeline and the material PDF (pdfinfo and pdfimages from poppler-utils check it).
halldesk_add_test(tst_pageprocessor SOURCES tst_pageprocessor.cpp LIBRARIES HallDesk::scan)
halldesk_add_test(tst_imagepdfwriter SOURCES tst_imagepdfwriter.cpp LIBRARIES HallDesk::scan)
halldesk_add_test(tst_imagepdfreader SOURCES tst_imagepdfreader.cpp LIBRARIES HallDesk::scan)
# The real libsane with its virtual "test" scanner (libsane1), configured by the test itself.
halldesk_add_test(tst_sanescanner SOURCES tst_sanescanner.cpp ScanRunRecorder.h
                  LIBRARIES HallDesk::scan
                  ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/sane-lsan.supp")
# Image files and PDFs (rendered by poppler-utils' pdftoppm).
halldesk_add_test(tst_fileimportsource SOURCES tst_fileimportsource.cpp ScanRunRecorder.h
                  LIBRARIES HallDesk::scan)
# The document camera: synthetic frames through a real QVideoSink, DocumentCamera without a camera.
halldesk_add_test(tst_camerascansource SOURCES tst_camerascansource.cpp LIBRARIES HallDesk::scan
                  ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/multimedia-lsan.supp")
# The pages of a material: sealed page files, edits, and the PDF read back by poppler-utils.
halldesk_add_test(tst_materialpageset SOURCES tst_materialpageset.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
                  LIBRARIES HallDesk::scan)
# The scan view (ui/scan), offscreen, with SANE's virtual test scanner.
if(HALLDESK_BUILD_WIDGETS)
    halldesk_add_test(tst_scandialog SOURCES tst_scandialog.cpp ${PROJECT_SOURCE_DIR}/tests/support/NoticeTestTools.h
                      LIBRARIES HallDesk::scan_ui
                      ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/sane-lsan.supp")
    target_link_libraries(tst_scandialog PRIVATE PkgConfig::SANE)
endif()
