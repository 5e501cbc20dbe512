# The counter's dialogs: self-contained widgets over plain data (no sockets, no SQL).
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalSetupDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalSetupDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PauseDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PauseDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferChoice.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CounterSettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CounterSettingsDialog.h
)
