# The terminal store: each terminal program's own SQLite file (its outbox of unconfirmed
# changes, small named pieces of state, the counter's cases, numbers and cached catalogue);
# included from core/CMakeLists.txt.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TerminalSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStoreOpenError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStoreOpenError.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalStore.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalStore.h
    ${CMAKE_CURRENT_LIST_DIR}/WriteFaultInjector.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteOutbox.cpp ${CMAKE_CURRENT_LIST_DIR}/SqliteOutbox.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalKey.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalKey.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalCase.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalCaseStore.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalCaseStore.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseNumberAllocator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseNumberAllocator.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueCache.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueCache.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseDesk.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseDesk.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantHistory.cpp ${CMAKE_CURRENT_LIST_DIR}/ApplicantHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/KeptScan.h ${CMAKE_CURRENT_LIST_DIR}/ScanUploadStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/MaterialScanStore.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialScanStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanUploadQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/ScanUploadQueue.h
)
# The counter's case lists and case view: summaries, history, the list model and the reads.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseSummary.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseEvent.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseDetail.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseDetail.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseList.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseQueries.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseQueries.h
)
