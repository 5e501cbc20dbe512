#pragma once

#include "domain/OperationError.h"

#include <utility>
#include <variant>

namespace halldesk {

// Either a value or a typed OperationError. Every engine operation returns one of these:
// an invalid operation is an ordinary outcome for a queue (two windows race for a ticket),
// not an exception.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(OperationError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    // On success this is an error with code None, so a message can be built unconditionally.
    const OperationError &error() const
    {
        static const OperationError none;
        return ok() ? none : std::get<OperationError>(m_state);
    }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code(); }

private:
    std::variant<T, OperationError> m_state;
};

struct Done
{
};

} // namespace halldesk
