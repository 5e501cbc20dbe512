# The terminal store: each terminal program's own SQLite file (its outbox of unconfirmed
# changes and small named pieces of state); included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TerminalSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStoreOpenError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStoreOpenError.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStore.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalStore.h
    ${CMAKE_CURRENT_LIST_DIR}/WriteFaultInjector.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteOutbox.cpp ${CMAKE_CURRENT_LIST_DIR}/SqliteOutbox.h
)
