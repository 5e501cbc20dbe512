#pragma once

// Private to the QueueEngine implementation files: the transaction wrapper every operation uses.

#include "logging/HallDeskLogging.h"
#include "queue/QueueEngine.h"
#include "storage/QueueRepository.h"
#include "storage/StorageError.h"

namespace halldesk {

// Runs one operation as one transaction. A typed error rolls back; a storage failure rolls back
// and becomes StorageFailure; a PostgreSQL serialization failure or deadlock is run again from
// the start, since everything it read may have changed.
template <typename T, typename Body>
Result<T> QueueEngine::write(const char *operation, Body &&body)
{
    for (int attempt = 0;; ++attempt) {
        try {
            m_repo.beginWrite();
            Result<T> result = body();
            if (result.ok())
                m_repo.commit();
            else
                m_repo.rollback();
            return result;
        } catch (const StorageError &e) {
            m_repo.rollback();
            if (e.retryable() && attempt < m_policy.maxRetries) {
                qCDebug(lcQueue) << operation << "retrying after" << e.nativeCode();
                continue;
            }
            qCWarning(lcQueue) << operation << "failed:" << e.what();
            return OperationError(e.retryable() ? ErrorCode::Conflict : ErrorCode::StorageFailure);
        }
    }
}

template <typename T, typename Body> std::optional<T> QueueEngine::read(Body &&body)
{
    try {
        return body();
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "read failed:" << e.what();
        return std::nullopt;
    }
}

} // namespace halldesk
