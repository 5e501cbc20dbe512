#include "protocol/ArgumentReader.h"

#include <QJsonArray>

namespace halldesk {

void ArgumentReader::fail(const char *name)
{
    if (!m_error)
        m_error = OperationError(ErrorCode::BadRequest, QLatin1String(name));
}

QString ArgumentReader::string(const char *name, int maxLength)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxLength) {
        fail(name);
        return {};
    }
    return value.toString();
}

QString ArgumentReader::optionalString(const char *name, int maxLength)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().size() > maxLength) {
        fail(name);
        return {};
    }
    return value.toString();
}

qint64 ArgumentReader::integer(const char *name, qint64 min, qint64 max)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    // JSON numbers are doubles: only whole numbers inside the exactly representable range.
    const double d = value.toDouble();
    if (!value.isDouble() || !(d >= double(min) && d <= double(max)) || d != double(qint64(d))) {
        fail(name);
        return min;
    }
    return qint64(d);
}

qint64 ArgumentReader::optionalInteger(const char *name, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    return integer(name, min, max);
}

bool ArgumentReader::optionalBool(const char *name, bool fallback)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(name);
        return fallback;
    }
    return value.toBool();
}

QStringList ArgumentReader::stringList(const char *name, int maxItems)
{
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().size() > maxItems) {
        fail(name);
        return {};
    }
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64) {
            fail(name);
            return {};
        }
        items << item.toString();
    }
    return items;
}

QList<int> ArgumentReader::intList(const char *name, int min, int max, int maxItems, bool *all)
{
    if (all)
        *all = false;
    const QJsonValue value = m_args.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().size() > maxItems) {
        fail(name);
        return {};
    }
    QList<int> items;
    for (const QJsonValue &item : value.toArray()) {
        if (all && item.isString() && item.toString() == QLatin1String("*")) {
            *all = true;
            continue;
        }
        const double d = item.toDouble();
        if (!item.isDouble() || !(d >= min && d <= max) || d != double(int(d))) {
            fail(name);
            return {};
        }
        items << int(d);
    }
    return items;
}

} // namespace halldesk
