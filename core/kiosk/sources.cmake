# The ticket kiosk (取号机) without its widgets; included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/KioskHall.cpp ${CMAKE_CURRENT_LIST_DIR}/KioskHall.h
    ${CMAKE_CURRENT_LIST_DIR}/KioskRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/KioskTicket.h
    ${CMAKE_CURRENT_LIST_DIR}/KioskSession.cpp ${CMAKE_CURRENT_LIST_DIR}/KioskSession.h
    ${CMAKE_CURRENT_LIST_DIR}/SlipPrinter.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowRanges.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowRanges.h
    ${CMAKE_CURRENT_LIST_DIR}/TicketDispenser.cpp ${CMAKE_CURRENT_LIST_DIR}/TicketDispenser.h
)
