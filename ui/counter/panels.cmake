# The main window and its panels.
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CounterActions.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterActions.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/CurrentTicketPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/CurrentTicketPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/WaitingListPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/WaitingListPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SideTicketsPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SideTicketsPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowHeader.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowHeader.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionIndicator.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionIndicator.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanUploadIndicator.cpp ${CMAKE_CURRENT_LIST_DIR}/ScanUploadIndicator.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterMainWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterMainWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeLauncher.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeLauncher.h
)
qt_add_resources(halldesk_counter_ui "halldesk_counter_style"
    PREFIX "/halldesk/counter"
    BASE "${PROJECT_SOURCE_DIR}/resources/counter"
    FILES "${PROJECT_SOURCE_DIR}/resources/counter/counter.qss")
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CounterWorkstation.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterWorkstation.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterLook.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterLook.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterPad.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterPad.h
)
