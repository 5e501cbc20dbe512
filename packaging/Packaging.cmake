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
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(${CMAKE_CURRENT_LIST_DIR}/systemd.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/pki.cmake)
include(CPack)
