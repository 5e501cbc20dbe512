#pragma once

#include "domain/Result.h"
#include "queue/QueuePolicy.h"
#include "storage/DatabaseUrl.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace halldesk {

class Clock;
class Database;
class PersonalDataCipher;
class PreparedStatements;
class QueueEngine;

// What an operation on the writer thread may use: the engine for queue operations, and the
// connection with its statement cache for the server's own tables (sessions, request log),
// written in the same transaction as the queue change they belong to.
struct WriterContext
{
    QueueEngine &engine;
    Database &database;
    PreparedStatements &statements;
    const Clock &clock;
    // Personal data of cases is encrypted on the writer, next to the SQL that stores it.
    const PersonalDataCipher &cipher;
};

// An operation takes either the engine alone or the whole WriterContext.
template <typename F> struct WriterCall
{
    static decltype(auto) invoke(F &f, WriterContext &context)
    {
        if constexpr (std::is_invocable_v<F &, QueueEngine &>)
            return f(context.engine);
        else
            return f(context);
    }
    using type = decltype(invoke(std::declval<F &>(), std::declval<WriterContext &>()));
};
template <typename F> using WriterResult = typename WriterCall<std::decay_t<F>>::type;

// One writer for the hall database, shared by every caller in the process (the server's
// connections, 271 windows). Callers hand it an operation and wait; a dedicated thread owning
// the only connection runs whatever has queued up as one batch: each operation inside its own
// savepoint, so it commits or fails alone, and the batch inside one transaction, so 50 calls
// cost one fsync instead of 50 (group commit). No result is handed out before the batch is
// durable; if the commit fails every operation of the batch reports StorageFailure and none of
// them happened.
class EngineExecutor
{
public:
    EngineExecutor(DatabaseUrl url, const Clock &clock, const PersonalDataCipher &cipher,
                   QueuePolicy policy = {}, int maxBatch = 64);
    ~EngineExecutor();
    EngineExecutor(const EngineExecutor &) = delete;
    EngineExecutor &operator=(const EngineExecutor &) = delete;

    // Opens the database on the worker thread. Returns the reason on failure.
    std::optional<QString> start();
    void stop();

    template <typename F> auto submit(F &&operation) -> std::future<WriterResult<F>>;

    // Asynchronous form for event loops: `done` runs on the writer thread once the operation's
    // batch is committed (or failed); it must be quick and hand the result on, e.g. with
    // QMetaObject::invokeMethod to the caller's thread.
    template <typename F, typename Done> void post(F &&operation, Done &&done);

    // Returns once every operation posted before the call has run and its `done` has returned.
    // An object whose `done` callbacks reach it calls this before it goes: a QPointer checked on
    // the writer thread cannot stop the object from being destroyed on its own thread between
    // the check and the callback's use of it.
    void finishPosted();

    template <typename F> auto run(F &&operation) -> WriterResult<F>
    {
        return submit(std::forward<F>(operation)).get();
    }

    // The database it writes, for the readers that keep a connection of their own.
    const DatabaseUrl &url() const { return m_url; }
    // For tests and the benchmark: how many batches and operations have been committed.
    qint64 batches() const;
    qint64 operations() const;
    // For fault-injection tests: the next batch's commit fails as if the disk were full.
    void failNextCommitForTesting();

private:
    struct Task
    {
        virtual ~Task() = default;
        virtual void execute(WriterContext &context) = 0;
        virtual void complete(bool committed) = 0;
    };
    template <typename R> struct TypedTask;
    template <typename F> static auto makeTask(F &&operation);

    void enqueue(std::shared_ptr<Task> task);
    void workerLoop(std::promise<std::optional<QString>> started);
    void checkpointLoop();

    DatabaseUrl m_url;
    const Clock &m_clock;
    const PersonalDataCipher &m_cipher;
    QueuePolicy m_policy;
    int m_maxBatch;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<Task>> m_pending;
    bool m_stopping = false;
    bool m_stopCheckpointer = false;
    bool m_failNextCommit = false;
    qint64 m_batches = 0;
    qint64 m_operations = 0;
    std::thread m_thread;
    // SQLite only: copies the write-ahead log into the database file beside the writer.
    std::thread m_checkpointer;
    std::condition_variable m_checkpointWake;
};

template <typename T> struct IsResult : std::false_type
{
};
template <typename T> struct IsResult<Result<T>> : std::true_type
{
};

template <typename R> struct EngineExecutor::TypedTask final : EngineExecutor::Task
{
    explicit TypedTask(std::function<R(WriterContext &)> fn)
        : operation(std::move(fn))
    {}
    void execute(WriterContext &context) override { result.emplace(operation(context)); }
    void complete(bool committed) override
    {
        R value = outcome(committed);
        if (done)
            done(std::move(value));
        else
            promise.set_value(std::move(value));
    }
    R outcome(bool committed)
    {
        if constexpr (requires { R::failure(OperationError()); }) {
            // An outcome type that can say "not committed".
            if (!committed || !result)
                return R::failure(OperationError(ErrorCode::StorageFailure));
            return std::move(*result);
        } else if constexpr (IsResult<R>::value) {
            if (!committed && result && result->ok())
                return R(OperationError(ErrorCode::StorageFailure));
            if (!result)
                return R(OperationError(ErrorCode::StorageFailure));
            return std::move(*result);
        } else {
            return result ? std::move(*result) : R{};
        }
    }

    std::function<R(WriterContext &)> operation;
    std::optional<R> result;
    std::promise<R> promise;
    std::function<void(R)> done;
};

template <typename F> auto EngineExecutor::makeTask(F &&operation)
{
    using Fn = std::decay_t<F>;
    using R = WriterResult<F>;
    return std::make_shared<TypedTask<R>>(std::function<R(WriterContext &)>(
        [fn = Fn(std::forward<F>(operation))](WriterContext &context) mutable -> R {
            return WriterCall<Fn>::invoke(fn, context);
        }));
}

template <typename F> auto EngineExecutor::submit(F &&operation) -> std::future<WriterResult<F>>
{
    auto task = makeTask(std::forward<F>(operation));
    auto future = task->promise.get_future();
    enqueue(task);
    return future;
}

template <typename F, typename Done> void EngineExecutor::post(F &&operation, Done &&done)
{
    using R = WriterResult<F>;
    auto task = makeTask(std::forward<F>(operation));
    task->done = std::function<void(R)>(std::forward<Done>(done));
    enqueue(task);
}

} // namespace halldesk
