# CTest: build the .deb from this build tree and check it holds the server and the demo hall.
# cmake -DBINARY_DIR=... -DOUT_DIR=... -P check-deb.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${OUT_DIR}"
                        --config "${BINARY_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(required "./usr/bin/halldesk-server" "./usr/share/halldesk/demo/hall.json"
                 "./usr/lib/systemd/system/halldesk-server.service"
                 "./usr/share/halldesk/server.conf.example" "./usr/share/halldesk/halldesk-pki.sh"
                 "./usr/bin/halldesk-loadgen" "./usr/bin/halldesk-counter"
                 "./usr/bin/halldesk-pad" "./usr/bin/halldesk-board" "./usr/bin/halldesk-kiosk"
                 "./usr/bin/halldesk-supervisor"
                 "./usr/share/applications/halldesk-counter.desktop"
                 "./usr/share/applications/halldesk-pad.desktop"
                 "./usr/share/applications/halldesk-board.desktop"
                 "./usr/share/applications/halldesk-kiosk.desktop"
                 "./usr/share/applications/halldesk-supervisor.desktop")
    string(FIND "${contents}" "${required}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${required} missing from the package:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dependency "libqt6sql6-sqlite" "libqt6websockets6" "adduser" "libqt6widgets6"
                   "libqt6texttospeech6" "libqt6printsupport6")
    string(FIND "${depends}" "${dependency}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${dependency}: ${depends}")
    endif()
endforeach()
# The maintainer scripts that create the service user must be there and executable.
set(control "${OUT_DIR}/control")
execute_process(COMMAND dpkg-deb -e ${debs} "${control}" RESULT_VARIABLE rc)
foreach(script postinst postrm)
    if(NOT EXISTS "${control}/${script}")
        message(FATAL_ERROR "${script} missing from the package's control files")
    endif()
    execute_process(COMMAND test -x "${control}/${script}" RESULT_VARIABLE not_executable)
    if(NOT not_executable EQUAL 0)
        message(FATAL_ERROR "${script} is not executable")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Recommends OUTPUT_VARIABLE recommends)
string(FIND "${recommends}" "qt6-speech-speechd-plugin" found)
if(found EQUAL -1)
    message(FATAL_ERROR "the package does not recommend the speech plug-in: ${recommends}")
endif()
message(STATUS "package ok: ${debs}")
