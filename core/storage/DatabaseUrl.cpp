#include "storage/DatabaseUrl.h"

#include <QUrl>

namespace halldesk {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl result;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        result.backend = Backend::Sqlite;
        result.path = text.mid(7);
        if (result.path.startsWith(QLatin1String("//")))
            result.path = result.path.mid(2);
        if (result.path.isEmpty())
            return std::nullopt;
        return result;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) &&
        !text.startsWith(QLatin1String("postgres://")))
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    result.backend = Backend::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.databaseName = url.path().mid(1);
    if (result.databaseName.isEmpty())
        return std::nullopt;
    return result;
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace halldesk
