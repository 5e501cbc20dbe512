# Prometheus metrics of the hall server and the HTTP endpoint that serves them; included from
# core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MetricsRegistry.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsRegistry.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsHttpServer.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsHttpServer.h
)
