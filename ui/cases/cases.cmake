# The counter's case lists and case view (ui/cases). Included from ui/counter/CMakeLists.txt,
# so they are part of halldesk_counter_ui and their strings land in the counter's translation
# catalogue.
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseListTones.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseListTones.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseListPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseListPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseActionBar.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseActionBar.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseFactsForm.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseFactsForm.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseViewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseViewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseViews.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseViews.h
)
