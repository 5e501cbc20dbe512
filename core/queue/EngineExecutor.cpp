#include "queue/EngineExecutor.h"

#include "logging/HallDeskLogging.h"
#include "queue/QueueEngine.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/SqlQueueRepository.h"
#include "storage/StorageError.h"

namespace halldesk {

EngineExecutor::EngineExecutor(DatabaseUrl url, const Clock &clock,
                               const PersonalDataCipher &cipher, QueuePolicy policy, int maxBatch)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_cipher(cipher)
    , m_policy(policy)
    , m_maxBatch(std::max(1, maxBatch))
{}

EngineExecutor::~EngineExecutor()
{
    stop();
}

std::optional<QString> EngineExecutor::start()
{
    std::promise<std::optional<QString>> started;
    auto result = started.get_future();
    m_thread = std::thread(&EngineExecutor::workerLoop, this, std::move(started));
    auto error = result.get();
    if (error && m_thread.joinable())
        m_thread.join();
    if (!error && m_url.backend == Backend::Sqlite)
        m_checkpointer = std::thread(&EngineExecutor::checkpointLoop, this);
    return error;
}

void EngineExecutor::stop()
{
    // The checkpointer goes first: SQLite removes the log only when the last connection
    // closes, and two connections closing at the same moment may each think the other one
    // is still there.
    {
        std::lock_guard lock(m_mutex);
        m_stopCheckpointer = true;
    }
    m_checkpointWake.notify_all();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void EngineExecutor::checkpointLoop()
{
    Database database(m_url);
    if (const auto error = database.open()) {
        qCWarning(lcStorage) << "checkpoint connection failed:" << error->message();
        return;
    }
    std::unique_lock lock(m_mutex);
    while (!m_stopCheckpointer) {
        m_checkpointWake.wait_for(lock, std::chrono::milliseconds(200));
        if (m_stopCheckpointer)
            break;
        lock.unlock();
        database.checkpointPassive();
        lock.lock();
    }
    lock.unlock();
    database.checkpointPassive();
    database.close();
}

void EngineExecutor::enqueue(std::shared_ptr<Task> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_pending.push_back(std::move(task));
            m_wake.notify_one();
            return;
        }
    }
    // Refused after shutdown: the caller hears StorageFailure, nothing ran.
    task->complete(false);
}

void EngineExecutor::finishPosted()
{
    // The writer completes tasks in the order they were queued, and a task's `done` returns
    // before the next one's promise is kept.
    submit([](WriterContext &) { return true; }).wait();
}

qint64 EngineExecutor::batches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

qint64 EngineExecutor::operations() const
{
    std::lock_guard lock(m_mutex);
    return m_operations;
}

void EngineExecutor::failNextCommitForTesting()
{
    std::lock_guard lock(m_mutex);
    m_failNextCommit = true;
}

void EngineExecutor::workerLoop(std::promise<std::optional<QString>> started)
{
    Database database(m_url);
    if (const auto error = database.open()) {
        started.set_value(error->message() + QLatin1Char(' ') + error->driverText);
        return;
    }
    database.disableAutoCheckpoint();
    SqlQueueRepository repository(database);
    QueueEngine engine(repository, m_clock, m_cipher, m_policy);
    PreparedStatements statements(database);
    WriterContext context{engine, database, statements, m_clock, m_cipher};
    started.set_value(std::nullopt);

    for (;;) {
        std::vector<std::shared_ptr<Task>> batch;
        bool failCommit = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
            // Drain what is queued even when stopping: an accepted operation is never dropped.
            if (m_pending.empty())
                break;
            while (!m_pending.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_pending.front()));
                m_pending.pop_front();
            }
            failCommit = std::exchange(m_failNextCommit, false);
        }
        bool committed = false;
        try {
            database.beginBatch();
            for (const auto &task : batch)
                task->execute(context);
            if (failCommit) {
                database.rollbackBatch();
                throw StorageError(QStringLiteral("injected commit failure"));
            }
            database.commitBatch();
            committed = true;
        } catch (const StorageError &e) {
            database.rollbackBatch();
            qCWarning(lcQueue) << "batch of" << batch.size()
                               << "operations not committed:" << e.what();
        }
        for (const auto &task : batch)
            task->complete(committed);
        std::lock_guard lock(m_mutex);
        if (committed) {
            ++m_batches;
            m_operations += qint64(batch.size());
        }
    }
    database.close();
}

} // namespace halldesk
