#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace halldesk {

class Database;

// A connection's prepared statements, prepared once and reused: per-call statement
// preparation was a large share of an operation's time. run() throws StorageError (retryable
// for PostgreSQL serialization failures and deadlocks); the text never carries bound values.
class PreparedStatements
{
public:
    explicit PreparedStatements(Database &database)
        : m_database(database)
    {}

    QSqlQuery &run(const QString &sql, const QVariantList &values);

private:
    Database &m_database;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Finishes a cached statement when the caller is done with its rows, so SQLite does not keep
// a read snapshot open between operations.
class StatementFinisher
{
public:
    explicit StatementFinisher(QSqlQuery &query)
        : m_query(query)
    {}
    ~StatementFinisher() { m_query.finish(); }
    StatementFinisher(const StatementFinisher &) = delete;
    StatementFinisher &operator=(const StatementFinisher &) = delete;

private:
    QSqlQuery &m_query;
};

} // namespace halldesk
