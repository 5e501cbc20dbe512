target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReconnectBackoff.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientOutbox.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientReply.h
    ${CMAKE_CURRENT_LIST_DIR}/HallClient.cpp ${CMAKE_CURRENT_LIST_DIR}/HallClient.h
    ${CMAKE_CURRENT_LIST_DIR}/HallLayoutReader.cpp ${CMAKE_CURRENT_LIST_DIR}/HallLayoutReader.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialUpload.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialUploader.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialUploader.h
)
