#pragma once

#include "domain/OperationError.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace halldesk {

// Typed access to a request's args. Every getter records the first field that is missing or
// of the wrong type; the caller checks error() once after reading everything it needs, so an
// operation never runs on half-understood input.
class ArgumentReader
{
public:
    explicit ArgumentReader(const QJsonObject &args)
        : m_args(args)
    {}

    QString string(const char *name, int maxLength = 200);
    QString optionalString(const char *name, int maxLength = 200);
    qint64 integer(const char *name, qint64 min, qint64 max);
    qint64 optionalInteger(const char *name, qint64 min, qint64 max, qint64 fallback = 0);
    bool optionalBool(const char *name, bool fallback = false);
    // A list of strings; "*" alone means everything (returned as {"*"}).
    QStringList stringList(const char *name, int maxItems = 400);
    QList<int> intList(const char *name, int min, int max, int maxItems = 400, bool *all = nullptr);

    bool ok() const { return !m_error; }
    OperationError error() const { return m_error.value_or(OperationError()); }

private:
    void fail(const char *name);

    QJsonObject m_args;
    std::optional<OperationError> m_error;
};

} // namespace halldesk
