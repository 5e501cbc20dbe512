#pragma once

#include "NetworkFixture.h"
#include "calendar/WorkingCalendar.h"
#include "terminal/CaseDesk.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <memory>
#include <optional>

namespace halldesk::test {

// One run of window 1's counter program on its terminal store, against the fixture's server:
// the casework as CounterWorkstation puts it together, without the widgets. Header-only, for the
// network tests of the terminal side.
struct CounterRun
{
    TerminalStore store;
    std::optional<SqliteOutbox> outbox;
    std::unique_ptr<HallClient> client;
    std::optional<CatalogueCache> catalogue;
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    std::optional<CaseDesk> desk;

    CounterRun(NetworkFixture &fixture, const QString &path)
        : store(path)
    {
        if (store.open())
            return;
        outbox.emplace(store);
        client = fixture.client(TerminalRole::Counter, 1, &*outbox);
        catalogue.emplace(store, QStringList{QStringLiteral("a"), QStringLiteral("b")});
        catalogue->load();
        desk.emplace(store, *outbox, *client, *catalogue, calendar, 1);
    }
    bool isValid() const { return bool(desk); }
    // Connects and signs staff member S1 in with the fixture's password.
    bool signIn()
    {
        if (!client->start() || !waitForState(*client, HallClient::State::Ready))
            return false;
        ReplyCatcher login;
        client->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
        return login.wait() && login.reply().ok;
    }
};

} // namespace halldesk::test
