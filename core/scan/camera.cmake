# The document camera (高拍仪, a UVC camera) through Qt Multimedia: DocumentCamera runs the
# device, CameraScanSource takes a page from its video sink; included from CMakeLists.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS Multimedia)

target_sources(halldesk_scan PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DocumentCameraDevice.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentCamera.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentCamera.h
    ${CMAKE_CURRENT_LIST_DIR}/CameraScanSource.cpp ${CMAKE_CURRENT_LIST_DIR}/CameraScanSource.h
)
# PUBLIC: DocumentCamera's header and the preview that draws its sink use Qt Multimedia types.
target_link_libraries(halldesk_scan PUBLIC Qt6::Multimedia)
