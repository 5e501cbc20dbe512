#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace halldesk {

// Typed access to the keys of one JSON object of the catalogue. A key of the wrong type or out
// of range is reported and read as its fallback, so that the reader can go on and report every
// defect of a catalogue at once. Each message names its subject as prefix + key, e.g.
// "F0101: materials[M-IDCARD].copies".
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    enum class Presence
    {
        Optional,
        Required
    };

    JsonFieldReader(const QJsonObject &object, QString prefix, QStringList &errors);

    bool has(const char *key) const;
    QString subject(const char *key) const;
    QString subject(const QString &path) const;
    void report(const QString &message);

    // A required text must not be blank.
    QString text(const char *key, Presence presence = Presence::Optional);
    // A required text without whitespace: codes end up in file names, URLs and database keys.
    QString code(const char *key);
    // An ISO date (yyyy-MM-dd); required.
    QString isoDate(const char *key);
    int whole(const char *key, int fallback, int minimum, int maximum,
              Presence presence = Presence::Optional);
    std::optional<double> number(const char *key);
    bool flag(const char *key, bool fallback);
    QStringList texts(const char *key, Presence presence = Presence::Optional);
    QJsonArray list(const char *key, Presence presence = Presence::Optional);

    // One of an enumeration's JSON keys (CatalogueJsonKeys); a missing optional key reads as
    // the fallback.
    template <typename E>
    E oneOf(const char *key, E fallback, std::optional<E> (*fromKey)(const QString &),
            const QStringList &keys, Presence presence = Presence::Optional)
    {
        const QString name = text(key, presence);
        if (name.isEmpty())
            return fallback;
        if (const std::optional<E> value = fromKey(name))
            return *value;
        reportUnknown(key, name, keys);
        return fallback;
    }

private:
    bool isMissing(const char *key, Presence presence);
    void reportUnknown(const char *key, const QString &value, const QStringList &keys);

    const QJsonObject &m_object;
    QString m_prefix;
    QStringList &m_errors;
};

} // namespace halldesk
