#pragma once

#include "TestCatalogue.h"
#include "calendar/WorkingCalendar.h"
#include "client/HallClient.h"
#include "terminal/CaseDesk.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <optional>

namespace halldesk::test {

// A counter's intake whose server is never reached: every change waits in the outbox, and
// every read fails with `offline`. Header-only, for the terminal and the widget tests.
struct OfflineCounter
{
    TerminalStore store;
    std::optional<SqliteOutbox> outbox;
    std::optional<HallClient> client;
    std::optional<CatalogueCache> catalogue;
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    std::optional<CaseDesk> desk;

    explicit OfflineCounter(const QString &path)
        : store(path)
    {}
    bool open(int window = 1)
    {
        if (store.open())
            return false;
        outbox.emplace(store);
        HallClientSettings settings;
        settings.url = QUrl(QStringLiteral("wss://127.0.0.1:1"));
        client.emplace(settings, &*outbox);
        catalogue.emplace(store, QStringList{QStringLiteral("a"), QStringLiteral("b")});
        const QJsonObject json = QJsonDocument::fromJson(testCatalogueJson()).object();
        if (catalogue->apply({{QStringLiteral("catalogue"), json}}))
            return false;
        desk.emplace(store, *outbox, *client, *catalogue, calendar, window);
        return true;
    }
    int rows(const QString &table) const
    {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
};

} // namespace halldesk::test
