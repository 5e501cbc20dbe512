#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace halldesk::test {

namespace {

bool adminExec(const DatabaseUrl &admin, const QString &sql, QString *error)
{
    const QString name =
        QStringLiteral("halldesk-test-admin-%1").arg(QRandomGenerator::global()->generate64());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.databaseName);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Backend TestDatabase::backendUnderTest()
{
    return qEnvironmentVariable("HALLDESK_TEST_BACKEND") == QLatin1String("postgres")
               ? Backend::Postgres
               : Backend::Sqlite;
}

QString TestDatabase::backendName()
{
    return backendUnderTest() == Backend::Postgres ? QStringLiteral("postgres")
                                                   : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase(Backend backend)
{
    if (backend == Backend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return;
        }
        m_url.backend = Backend::Sqlite;
        m_url.path = m_dir->filePath(QStringLiteral("hall.db"));
        return;
    }
    // A PostgreSQL run that cannot reach its server fails; it never quietly skips.
    const auto admin = DatabaseUrl::parse(qEnvironmentVariable("HALLDESK_TEST_PG_URL"));
    if (!admin || admin->backend != Backend::Postgres) {
        m_error = QStringLiteral("HALLDESK_TEST_PG_URL is not set to a postgresql:// URL");
        return;
    }
    m_admin = *admin;
    m_url = *admin;
    m_url.databaseName =
        QStringLiteral("halldesk_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (!adminExec(m_admin, QStringLiteral("CREATE DATABASE ") + m_url.databaseName, &m_error))
        m_error = QStringLiteral("cannot create test database: ") + m_error;
}

TestDatabase::~TestDatabase()
{
    if (m_url.backend == Backend::Postgres && !m_url.databaseName.isEmpty() && m_error.isEmpty()) {
        QString error;
        adminExec(m_admin,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.databaseName),
                  &error);
    }
}

QString TestDatabase::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

} // namespace halldesk::test
