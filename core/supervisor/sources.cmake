# The supervisor console (大厅监控) without its widgets; included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MonitoredWindow.h ${CMAKE_CURRENT_LIST_DIR}/QueueFigures.h
    ${CMAKE_CURRENT_LIST_DIR}/WaitingTickets.cpp ${CMAKE_CURRENT_LIST_DIR}/WaitingTickets.h
    ${CMAKE_CURRENT_LIST_DIR}/HallState.cpp ${CMAKE_CURRENT_LIST_DIR}/HallState.h
    ${CMAKE_CURRENT_LIST_DIR}/HallStateFigures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallMonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/HallMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/AlertThresholds.h ${CMAKE_CURRENT_LIST_DIR}/HallAlert.h
    ${CMAKE_CURRENT_LIST_DIR}/AlertThresholdsJson.cpp ${CMAKE_CURRENT_LIST_DIR}/AlertThresholdsJson.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/AlertMonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/AlertMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowGridModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowGridModel.h
    ${CMAKE_CURRENT_LIST_DIR}/QueueTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/QueueTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/HallCounts.cpp ${CMAKE_CURRENT_LIST_DIR}/HallCounts.h
)
