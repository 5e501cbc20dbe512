target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ServerSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenBucket.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationOutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/Subscription.cpp ${CMAKE_CURRENT_LIST_DIR}/Subscription.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerStore.cpp ${CMAKE_CURRENT_LIST_DIR}/ServerStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/ServerMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientConnection.cpp ${CMAKE_CURRENT_LIST_DIR}/ClientConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/EventHub.cpp ${CMAKE_CURRENT_LIST_DIR}/EventHub.h
    ${CMAKE_CURRENT_LIST_DIR}/SnapshotBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/SnapshotBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/QueueOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/QueueOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffAuthenticator.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffAuthenticator.h
    ${CMAKE_CURRENT_LIST_DIR}/HallServer.cpp ${CMAKE_CURRENT_LIST_DIR}/HallServer.h
    ${CMAKE_CURRENT_LIST_DIR}/HallServerRequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallServerCases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallServerUploads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentStore.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentStore.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialUploads.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialUploads.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseworkData.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseStore.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseStore.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/ReferenceDataStore.cpp ${CMAKE_CURRENT_LIST_DIR}/ReferenceDataStore.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseworkLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseworkLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffPhotos.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffPhotos.h
    ${CMAKE_CURRENT_LIST_DIR}/HallServerRatings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallServerReports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallReport.cpp ${CMAKE_CURRENT_LIST_DIR}/HallReport.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingTally.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingTally.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffNames.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffNames.h
    ${CMAKE_CURRENT_LIST_DIR}/HallCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/HallCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffAttendance.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffAttendance.h
    ${CMAKE_CURRENT_LIST_DIR}/RankingCriteria.h
    ${CMAKE_CURRENT_LIST_DIR}/ServiceRanking.cpp ${CMAKE_CURRENT_LIST_DIR}/ServiceRanking.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportReader.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportReader.h
    ${CMAKE_CURRENT_LIST_DIR}/HallServerPresence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HallServerAdmin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AdminStore.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminStore.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminLog.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminLog.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminLayoutOperations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WindowPresence.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowPresence.h
    ${CMAKE_CURRENT_LIST_DIR}/ServedToday.cpp ${CMAKE_CURRENT_LIST_DIR}/ServedToday.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingStore.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingStore.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpStore.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpStore.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpLifecycle.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpLifecycle.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingStatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingStatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingEvents.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingEvents.h
    ${CMAKE_CURRENT_LIST_DIR}/RatingOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/RatingOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffSecrets.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffSecrets.h
    ${CMAKE_CURRENT_LIST_DIR}/HelpDeskCredential.cpp ${CMAKE_CURRENT_LIST_DIR}/HelpDeskCredential.h
    ${CMAKE_CURRENT_LIST_DIR}/StoredAppointment.h
    ${CMAKE_CURRENT_LIST_DIR}/AppointmentStore.cpp ${CMAKE_CURRENT_LIST_DIR}/AppointmentStore.h
    ${CMAKE_CURRENT_LIST_DIR}/AppointmentOperations.cpp ${CMAKE_CURRENT_LIST_DIR}/AppointmentOperations.h
    ${CMAKE_CURRENT_LIST_DIR}/AppointmentImport.cpp ${CMAKE_CURRENT_LIST_DIR}/AppointmentImport.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoAppointments.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAppointments.h
)
