#include "terminal/CaseNumberAllocator.h"

#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace halldesk {

namespace {

// Takes the higher of the stored and the given sequence.
bool storeAtLeast(QSqlQuery &query, int window, QDate day, int sequence)
{
    query.prepare(QStringLiteral(
        "INSERT INTO case_sequences (window, service_day, last) VALUES (?, ?, ?) ON CONFLICT "
        "(window, service_day) DO UPDATE SET last = max(last, excluded.last)"));
    query.addBindValue(window);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(sequence);
    return query.exec();
}

} // namespace

CaseNumberAllocator::CaseNumberAllocator(TerminalStore &store)
    : m_store(store)
{}

int CaseNumberAllocator::lastSequence(int window, QDate day) const
{
    if (!m_store.isOpen())
        return 0;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT last FROM case_sequences WHERE window = ? AND service_day = ?"));
    query.addBindValue(window);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcCase).noquote()
            << "reading the case sequence failed:" << query.lastError().text();
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

CaseNumber CaseNumberAllocator::next(int window, QDate day)
{
    CaseNumber number;
    const bool taken = m_store.write(QStringLiteral("taking a case number"), [&](QSqlQuery &query) {
        // Read inside the write: BEGIN IMMEDIATE holds the lock, so no other connection can
        // take the same number in between.
        query.prepare(
            QStringLiteral("SELECT last FROM case_sequences WHERE window = ? AND service_day = ?"));
        query.addBindValue(window);
        query.addBindValue(day.toString(Qt::ISODate));
        if (!query.exec())
            return false;
        const int last = query.next() ? query.value(0).toInt() : 0;
        query.finish();
        number = CaseNumber(day, window, last + 1);
        if (number.isNull()) {
            qCWarning(lcCase) << "no case number left for window" << window << "on" << day;
            return false;
        }
        return storeAtLeast(query, window, day, last + 1);
    });
    // A number whose write failed was never recorded, so it must not be used either.
    return taken ? number : CaseNumber();
}

bool CaseNumberAllocator::raiseTo(int window, QDate day, int sequence)
{
    if (sequence <= lastSequence(window, day))
        return true;
    qCInfo(lcCase) << "case numbers of window" << window << "continue after the server's"
                   << sequence;
    return m_store.write(QStringLiteral("raising the case sequence"), [&](QSqlQuery &query) {
        return storeAtLeast(query, window, day, sequence);
    });
}

} // namespace halldesk
