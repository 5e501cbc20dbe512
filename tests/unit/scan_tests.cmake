# Tests of scanning (halldesk_scan); included from CMakeLists.txt.
include_guard(DIRECTORY)
# The page pipeline and the material PDF (pdfinfo and pdfimages from poppler-utils check it).
halldesk_add_test(tst_pageprocessor SOURCES tst_pageprocessor.cpp LIBRARIES HallDesk::scan)
halldesk_add_test(tst_imagepdfwriter SOURCES tst_imagepdfwriter.cpp LIBRARIES HallDesk::scan)
