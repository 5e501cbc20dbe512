#include "server/DocumentStore.h"

#include "storage/PreparedStatements.h"

namespace halldesk {

std::optional<StoredDocument>
DocumentStore::find(const QString &caseNumber, const QString &materialCode, const QString &sha256)
{
    auto &q = m_sql.run(QStringLiteral("SELECT bytes, stored_path, stored_at_ms FROM "
                                       "case_documents WHERE case_number = ? AND material_code = "
                                       "? AND sha256 = ?"),
                        {caseNumber, materialCode, sha256});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    StoredDocument document;
    document.caseNumber = caseNumber;
    document.materialCode = materialCode;
    document.sha256 = sha256;
    document.bytes = q.value(0).toLongLong();
    document.storedPath = q.value(1).toString();
    document.storedAtMs = q.value(2).toLongLong();
    return document;
}

void DocumentStore::insert(const StoredDocument &d)
{
    if (find(d.caseNumber, d.materialCode, d.sha256))
        return;
    m_sql
        .run(QStringLiteral("INSERT INTO case_documents (case_number, material_code, sha256, "
                            "bytes, stored_path, stored_at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
             {d.caseNumber, d.materialCode, d.sha256, d.bytes, d.storedPath, d.storedAtMs})
        .finish();
}

} // namespace halldesk
