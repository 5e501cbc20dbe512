# The hall server as a system service: the systemd unit, an example configuration and the
# Debian maintainer scripts that create the halldesk account. Included from Packaging.cmake
# just before include(CPack).
install(FILES "${CMAKE_CURRENT_LIST_DIR}/halldesk-server.service"
        DESTINATION lib/systemd/system)
# Not under share/doc: minimal Debian images drop /usr/share/doc, and the admin needs this file.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/server.conf.example"
        DESTINATION share/halldesk)

# dpkg only runs executable maintainer scripts and CPack keeps the mode it finds, which a
# checkout or an archive may have lost; so package copies whose mode is set here.
set(halldesk_control_dir "${PROJECT_BINARY_DIR}/packaging/debian")
foreach(script IN ITEMS postinst postrm)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/debian/${script}" "${halldesk_control_dir}/${script}"
                   COPYONLY
                   FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
                                    GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${halldesk_control_dir}/postinst;${halldesk_control_dir}/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# adduser for postinst; the WebSockets library is spelled out because shlibdeps only sees
# what the installed binaries link today.
string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", adduser, libqt6websockets6")
