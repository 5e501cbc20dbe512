#pragma once

#include <QString>
#include <optional>

namespace halldesk {

enum class Backend
{
    Sqlite,
    Postgres
};

// "sqlite:/var/lib/halldesk/hall.db" or "postgresql://user:secret@host:5432/halldesk".
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static std::optional<DatabaseUrl> parse(const QString &text);
    // For logs: the password is never printed.
    QString redacted() const;
};

} // namespace halldesk
