#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <optional>

// A halldesk-server started for one load run: fresh SQLite database, development
// certificates, a free port. Stopped with SIGTERM (a clean shutdown) when destroyed.
class SpawnedServer
{
    Q_DECLARE_TR_FUNCTIONS(SpawnedServer)

public:
    ~SpawnedServer();
    bool start(const QString &binary, QString *error);
    QUrl url() const;
    QString pkiDirectory() const { return m_dir.path() + QStringLiteral("/pki"); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
