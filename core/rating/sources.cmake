# Service ratings (好差评): the levels, the signed record a pad sends and its signature;
# shared by the pad, the counter and the server. Included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RatingLevel.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingLevel.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingReason.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingReason.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingSigner.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingSigner.h
)
