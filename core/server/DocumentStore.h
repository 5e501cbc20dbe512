#pragma once

#include <QString>
#include <optional>

namespace halldesk {

class PreparedStatements;

struct StoredDocument
{
    QString caseNumber;
    QString materialCode;
    QString sha256;
    qint64 bytes = 0;
    QString storedPath; // relative to the documents directory
    qint64 storedAtMs = 0;
};

// The server's record of uploaded scans (schema step 5), used on the writer thread inside its
// transaction. Throws StorageError like every repository.
class DocumentStore
{
public:
    explicit DocumentStore(PreparedStatements &statements)
        : m_sql(statements)
    {}

    std::optional<StoredDocument> find(const QString &caseNumber, const QString &materialCode,
                                       const QString &sha256);
    // A second insert of the same file is a no-op: an upload finished twice is stored once.
    void insert(const StoredDocument &document);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
