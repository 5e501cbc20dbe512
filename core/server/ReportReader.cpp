#include "server/ReportReader.h"

#include "logging/HallDeskLogging.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>

namespace halldesk {

ReportReader::ReportReader(DatabaseUrl url)
    : m_url(std::move(url))
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("reports"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ReportReader::~ReportReader()
{
    // The connection goes on the thread that made it.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_statements.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReportReader::post(Read read, QObject *receiver, Done done)
{
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, read = std::move(read), target, done = std::move(done)]() mutable {
            Result<QJsonObject> result = run(read);
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target.data(),
                [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<QJsonObject> ReportReader::run(const Read &read)
{
    if (!m_database) {
        auto database = std::make_unique<Database>(m_url);
        if (const auto error = database->openForReading()) {
            qCWarning(lcServer) << "report connection failed to open";
            return OperationError(ErrorCode::StorageFailure);
        }
        m_database = std::move(database);
        m_statements = std::make_unique<PreparedStatements>(*m_database);
    }
    bool failed = false;
    Result<QJsonObject> result = OperationError(ErrorCode::StorageFailure);
    {
        QSqlDatabase connection = m_database->connection();
        try {
            if (!connection.transaction())
                throw StorageError(QStringLiteral("the report's read did not begin"));
            result = read(*m_statements);
            connection.commit();
        } catch (const StorageError &e) {
            qCWarning(lcServer) << "report read failed:" << e.what();
            connection.rollback();
            failed = true;
        }
    }
    if (failed) {
        // A fresh connection for the next read, in case this one is broken.
        m_statements.reset();
        m_database.reset();
    }
    return result;
}

} // namespace halldesk
