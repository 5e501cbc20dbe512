# The evaluator pad (评价器) without its widgets; included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PadSession.cpp ${CMAKE_CURRENT_LIST_DIR}/PadSession.h
)
