#include "catalogue/JsonFieldReader.h"

#include <QDate>
#include <cmath>
#include <utility>

namespace halldesk {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString prefix, QStringList &errors)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_errors(errors)
{}

bool JsonFieldReader::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

QString JsonFieldReader::subject(const char *key) const
{
    return m_prefix + QLatin1String(key);
}

QString JsonFieldReader::subject(const QString &path) const
{
    return m_prefix + path;
}

void JsonFieldReader::report(const QString &message)
{
    m_errors << message;
}

QString JsonFieldReader::text(const char *key, Presence presence)
{
    if (isMissing(key, presence))
        return {};
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isString()) {
        report(tr("%1 must be text").arg(subject(key)));
        return {};
    }
    const QString s = value.toString();
    if (presence == Presence::Required && s.trimmed().isEmpty())
        report(tr("%1 must not be empty").arg(subject(key)));
    return s;
}

QString JsonFieldReader::code(const char *key)
{
    const QString s = text(key, Presence::Required);
    for (QChar c : s) {
        if (c.isSpace()) {
            report(tr("%1 must not contain spaces").arg(subject(key)));
            return {};
        }
    }
    return s;
}

QString JsonFieldReader::isoDate(const char *key)
{
    const QString s = text(key, Presence::Required);
    if (s.isEmpty())
        return {};
    const QDate date = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || date.toString(QStringLiteral("yyyy-MM-dd")) != s) {
        report(tr("%1 must be a date written as yyyy-MM-dd").arg(subject(key)));
        return {};
    }
    return s;
}

int JsonFieldReader::whole(const char *key, int fallback, int minimum, int maximum,
                           Presence presence)
{
    if (isMissing(key, presence))
        return fallback;
    const QJsonValue value = m_object.value(QLatin1String(key));
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || d != std::trunc(d)) {
        report(tr("%1 must be a whole number").arg(subject(key)));
        return fallback;
    }
    if (d < minimum || d > maximum) {
        report(tr("%1 (%2) must be between %3 and %4")
                   .arg(subject(key), QString::number(d, 'g', 17), QString::number(minimum),
                        QString::number(maximum)));
        return fallback;
    }
    return static_cast<int>(d);
}

std::optional<double> JsonFieldReader::number(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        report(tr("%1 must be a number").arg(subject(key)));
        return std::nullopt;
    }
    return value.toDouble();
}

bool JsonFieldReader::flag(const char *key, bool fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        report(tr("%1 must be true or false").arg(subject(key)));
        return fallback;
    }
    return value.toBool();
}

QStringList JsonFieldReader::texts(const char *key, Presence presence)
{
    QStringList result;
    const QJsonArray values = list(key, presence);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString path = QLatin1String(key) + u'[' + QString::number(i) + u']';
        if (!values.at(i).isString())
            report(tr("%1 must be text").arg(subject(path)));
        else if (values.at(i).toString().trimmed().isEmpty())
            report(tr("%1 must not be empty").arg(subject(path)));
        else
            result << values.at(i).toString();
    }
    return result;
}

QJsonArray JsonFieldReader::list(const char *key, Presence presence)
{
    if (isMissing(key, presence))
        return {};
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isArray()) {
        report(tr("%1 must be a list").arg(subject(key)));
        return {};
    }
    return value.toArray();
}

bool JsonFieldReader::isMissing(const char *key, Presence presence)
{
    if (has(key))
        return false;
    if (presence == Presence::Required)
        report(tr("%1 is missing").arg(subject(key)));
    return true;
}

void JsonFieldReader::reportUnknown(const char *key, const QString &value, const QStringList &keys)
{
    report(tr("%1 is \"%2\", which is not one of: %3")
               .arg(subject(key), value, keys.join(QStringLiteral(", "))));
}

} // namespace halldesk
