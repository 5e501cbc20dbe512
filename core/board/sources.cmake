# The hall board (综合屏) without its widgets; included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BoardSession.cpp ${CMAKE_CURRENT_LIST_DIR}/BoardSession.h
)
