# The service catalogue (issue 5): its types, JSON form and rules, the clerk's search box with
# pinyin initials, and the checking of application form values.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ItemType.cpp ${CMAKE_CURRENT_LIST_DIR}/ItemType.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialSpec.h
    ${CMAKE_CURRENT_LIST_DIR}/FormField.h
    ${CMAKE_CURRENT_LIST_DIR}/ServiceItem.h
    ${CMAKE_CURRENT_LIST_DIR}/Catalogue.cpp ${CMAKE_CURRENT_LIST_DIR}/Catalogue.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueJson.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueJson.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueJsonKeys.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueJsonKeys.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueJsonReader.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueJsonReader.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonFieldReader.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonFieldReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueRules.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueRules.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PinyinInitials.cpp ${CMAKE_CURRENT_LIST_DIR}/PinyinInitials.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchQuery.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchableText.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchableText.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueSearch.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueSearch.h
)
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/FormFieldValidator.h
)

# The pinyin initials table is made by scripts/gen-pinyin-initials.py.
qt_add_resources(halldesk_core "halldesk_catalogue"
    PREFIX "/halldesk"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/pinyin/initials.dat"
        "${PROJECT_SOURCE_DIR}/resources/catalogue/demo-catalogue.json")
