#pragma once

#include <QString>
#include <stdexcept>

namespace halldesk {

// Thrown by repositories inside a transaction; the engine catches it, rolls back and turns it
// into ErrorCode::StorageFailure (or retries, for a serialization failure on PostgreSQL).
// The text carries the driver's message and never bound values, so it is safe to log.
class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &what, QString nativeCode = {}, bool retryable = false)
        : std::runtime_error(what.toStdString())
        , m_nativeCode(std::move(nativeCode))
        , m_retryable(retryable)
    {}
    const QString &nativeCode() const { return m_nativeCode; }
    bool retryable() const { return m_retryable; }

private:
    QString m_nativeCode;
    bool m_retryable;
};

} // namespace halldesk
