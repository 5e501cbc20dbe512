target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProtocolRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ArgumentReader.cpp ${CMAKE_CURRENT_LIST_DIR}/ArgumentReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ProtocolJson.cpp ${CMAKE_CURRENT_LIST_DIR}/ProtocolJson.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationTable.cpp ${CMAKE_CURRENT_LIST_DIR}/OperationTable.h
    ${CMAKE_CURRENT_LIST_DIR}/UploadFrame.cpp ${CMAKE_CURRENT_LIST_DIR}/UploadFrame.h
    ${CMAKE_CURRENT_LIST_DIR}/Announcement.cpp ${CMAKE_CURRENT_LIST_DIR}/Announcement.h
)
