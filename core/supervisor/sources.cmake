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
    ${CMAKE_CURRENT_LIST_DIR}/ReportRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/HallReportTable.cpp ${CMAKE_CURRENT_LIST_DIR}/HallReportTable.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpWording.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpWording.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminLogTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminLogTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminLogWording.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminLogWording.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartFigures.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartFigures.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportText.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportText.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RankingTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RankingTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SupervisorReports.cpp ${CMAKE_CURRENT_LIST_DIR}/SupervisorReports.h
)
