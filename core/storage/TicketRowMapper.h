#pragma once

#include "domain/Ticket.h"

#include <QSqlQuery>
#include <QVariantList>

namespace halldesk {

// The one place that knows how a Ticket maps to the tickets table, so the select list, the
// insert and the update cannot drift apart.
class TicketRowMapper
{
public:
    // Columns of "tickets t JOIN queues q", in the order fromRow() reads them.
    // A text value to bind: never NULL, since every text column is NOT NULL with '' for none.
    static QVariant text(const QString &value);
    static QString selectColumns();
    static Ticket fromRow(const QSqlQuery &query);
    static constexpr int columnCount() { return 24; }
    static QString insertSql();
    static QVariantList insertValues(const Ticket &ticket);
    static QString updateSql();
    static QVariantList updateValues(const Ticket &ticket);
};

} // namespace halldesk
