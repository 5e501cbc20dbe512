# Working days of the hall and case deadlines, with the State Council's holiday notices as data.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Holiday.h
    ${CMAKE_CURRENT_LIST_DIR}/HolidayYear.cpp ${CMAKE_CURRENT_LIST_DIR}/HolidayYear.h
    ${CMAKE_CURRENT_LIST_DIR}/HolidayYearJson.cpp ${CMAKE_CURRENT_LIST_DIR}/HolidayYearJson.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkingCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkingCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/ClockPause.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseDeadline.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseDeadline.h
)
# A new year's notice is shipped by adding its cn-<year>.json here; WorkingCalendar finds it.
qt_add_resources(halldesk_core "halldesk_calendar"
    PREFIX "/halldesk"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/calendar/cn-2025.json"
        "${PROJECT_SOURCE_DIR}/resources/calendar/cn-2026.json")
