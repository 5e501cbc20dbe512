# A .deb of what is built: `cmake --build build --target package` (or `cpack` in the build dir).
# Later programs add themselves with install(TARGETS ...) and are packaged with no change here.
install(FILES "${PROJECT_SOURCE_DIR}/resources/demo/hall.json"
        DESTINATION share/halldesk/demo)

set(CPACK_PACKAGE_NAME "halldesk")
set(CPACK_PACKAGE_VENDOR "HallDesk")
set(CPACK_PACKAGE_CONTACT "HallDesk developers <halldesk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# The counter speaks its calls in Mandarin and shows Chinese: without these it still works,
# silent or with a fallback font, and says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, fonts-noto-cjk, qt6-translations-l10n")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/halldesk-counter.desktop"
              "${CMAKE_CURRENT_LIST_DIR}/halldesk-pad.desktop"
              "${CMAKE_CURRENT_LIST_DIR}/halldesk-board.desktop"
              "${CMAKE_CURRENT_LIST_DIR}/halldesk-kiosk.desktop"
              "${CMAKE_CURRENT_LIST_DIR}/halldesk-supervisor.desktop" DESTINATION share/applications)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(${CMAKE_CURRENT_LIST_DIR}/systemd.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/pki.cmake)
include(CPack)
