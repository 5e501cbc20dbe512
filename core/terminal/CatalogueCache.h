#pragma once

#include "calendar/HolidayYear.h"
#include "catalogue/Catalogue.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <optional>

namespace halldesk {

class HallClient;
class TerminalStore;

// The service catalogue as this terminal last received it, kept in its terminal store, so a
// counter can take cases with the server unreachable. A catalogue from the server replaces the
// cached one only when it parses whole against the hall's areas (CatalogueJson); a bad one is
// refused and the cache kept.
class CatalogueCache : public QObject
{
    Q_OBJECT

public:
    CatalogueCache(TerminalStore &store, QStringList hallAreas, QObject *parent = nullptr);

    // The hall's areas change with its definition, which a terminal learns from the server
    // after start-up; a catalogue is checked against the areas known at the time.
    void setHallAreas(const QStringList &areas) { m_hallAreas = areas; }
    // The cached catalogue, at start and offline; false if none is cached or it is unreadable.
    bool load();
    const Catalogue &catalogue() const { return m_catalogue; }
    // 0 when nothing is cached.
    int version() const { return m_catalogue.version(); }
    // The holiday notices the server decides deadlines with, including years an administrator
    // added (halldesk-server --holiday-year), which the terminal did not ship with.
    const QList<HolidayYear> &holidayYears() const { return m_years; }

    // Asks the server with the cached version; the answer arrives as catalogueChanged,
    // upToDate or refreshFailed.
    void refresh(HallClient &client);
    // A `catalogue` result (PROTOCOL.md §5.24): an error message in the user's language, or
    // nothing when the cache is current now.
    std::optional<QString> apply(const QJsonObject &result);

signals:
    void catalogueChanged(int version);
    void holidayYearsChanged();
    void upToDate(int version);
    void refreshFailed(const QString &message);

private:
    void loadHolidayYears();
    void applyHolidayYears(const QJsonValue &sent);

    TerminalStore &m_store;
    QStringList m_hallAreas;
    Catalogue m_catalogue;
    QList<HolidayYear> m_years;
};

} // namespace halldesk
