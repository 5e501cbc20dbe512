#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace halldesk::test {

// One value from a server's SQLite database file, read through a read-only connection of its
// own while the server process writes (WAL lets a reader in). Header-only, for the tests that
// run the real halldesk-server.
inline QVariant scalarFromFile(const QString &path, const QString &sql)
{
    static int n = 0;
    const QString name = QStringLiteral("database-file-read-%1").arg(++n);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else if (q.lastError().isValid())
                qWarning() << sql << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace halldesk::test
