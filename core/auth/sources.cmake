# Staff passwords and session tokens of the networked hall; included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.cpp ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionToken.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionToken.h
)
