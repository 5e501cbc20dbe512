# Finding or starting the local demo hall server for the terminals' --demo.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoServerLauncher.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoServerLauncher.h
)
