# The parts of the case intake screen: materials checklist, applicant form, decision panel.
# Included from ui/counter/CMakeLists.txt, so they are part of halldesk_counter_ui and their
# strings land in the counter's translation catalogue.
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MaterialStateDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialStateDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialChecklistView.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialChecklistView.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantForm.cpp ${CMAKE_CURRENT_LIST_DIR}/ApplicantForm.h
    ${CMAKE_CURRENT_LIST_DIR}/DecisionDetails.cpp ${CMAKE_CURRENT_LIST_DIR}/DecisionDetails.h
    ${CMAKE_CURRENT_LIST_DIR}/DecisionPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/DecisionPanel.h
)
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ItemPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/ItemPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/NoticePrinter.cpp ${CMAKE_CURRENT_LIST_DIR}/NoticePrinter.h
)
target_sources(halldesk_counter_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DecisionPage.cpp ${CMAKE_CURRENT_LIST_DIR}/DecisionPage.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeScanLauncher.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeScanLauncher.h
)
