# Case intake without widgets: case numbers, the lifecycle of a case, applicants, the
# materials checklist (and its table model) and which decisions the window may take.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseNumber.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseNumber.h
    ${CMAKE_CURRENT_LIST_DIR}/VerificationCode.cpp ${CMAKE_CURRENT_LIST_DIR}/VerificationCode.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseLifecycle.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseLifecycle.h
    ${CMAKE_CURRENT_LIST_DIR}/Applicant.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/ApplicantValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/PersonalDataMask.cpp ${CMAKE_CURRENT_LIST_DIR}/PersonalDataMask.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialCheck.h ${CMAKE_CURRENT_LIST_DIR}/MaterialCheckNames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MaterialChecklistModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialChecklistModel.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeDecision.h ${CMAKE_CURRENT_LIST_DIR}/IntakeDecisionNames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DecisionRules.cpp ${CMAKE_CURRENT_LIST_DIR}/DecisionRules.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseJson.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseJson.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/EarlierMaterials.cpp ${CMAKE_CURRENT_LIST_DIR}/EarlierMaterials.h
)
