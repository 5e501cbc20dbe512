# The sources of scanned pages (issue 6): SANE scanners and file import behind ScanSource;
# included from CMakeLists.txt. The document camera is in camera.cmake.
find_package(PkgConfig REQUIRED)
# GLOBAL: the static library hands the imported target on to every program that links it.
pkg_check_modules(SANE REQUIRED IMPORTED_TARGET GLOBAL sane-backends)

target_sources(halldesk_scan PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ScanRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanSource.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ScanJob.h
    ${CMAKE_CURRENT_LIST_DIR}/ThreadedScanSource.cpp ${CMAKE_CURRENT_LIST_DIR}/ThreadedScanSource.h
    ${CMAKE_CURRENT_LIST_DIR}/ScannerDevice.h
    ${CMAKE_CURRENT_LIST_DIR}/SaneSession.cpp ${CMAKE_CURRENT_LIST_DIR}/SaneSession.h
    ${CMAKE_CURRENT_LIST_DIR}/SaneDevice.cpp ${CMAKE_CURRENT_LIST_DIR}/SaneDevice.h
    ${CMAKE_CURRENT_LIST_DIR}/SaneFrameReader.cpp ${CMAKE_CURRENT_LIST_DIR}/SaneFrameReader.h
    ${CMAKE_CURRENT_LIST_DIR}/SaneStatusMessage.cpp ${CMAKE_CURRENT_LIST_DIR}/SaneStatusMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/SaneScanner.cpp ${CMAKE_CURRENT_LIST_DIR}/SaneScanner.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfPageRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfPageRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/FileImportSource.cpp ${CMAKE_CURRENT_LIST_DIR}/FileImportSource.h
)
target_link_libraries(halldesk_scan PRIVATE PkgConfig::SANE)
