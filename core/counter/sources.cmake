# The counter's logic without widgets: its model of the window, its actions and settings.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HallLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/HallLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalSettings.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CounterModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterModel.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CounterAction.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterController.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterController.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TicketFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/TicketFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/WaitingTicketsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WaitingTicketsModel.h
)
