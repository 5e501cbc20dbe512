#include "terminal/CatalogueCache.h"

#include "calendar/HolidayYearJson.h"
#include "catalogue/CatalogueJson.h"
#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

namespace {

const QString kState = QStringLiteral("catalogue");
const QString kYearsState = QStringLiteral("calendar.years");

// Each year as HolidayYearJson checks it; a year that fails is left out with a warning, the
// others still serve.
QList<HolidayYear> parseYears(const QJsonArray &array)
{
    QList<HolidayYear> years;
    for (const QJsonValue &value : array) {
        QString error;
        const QByteArray json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (auto year = HolidayYearJson::parse(json, &error))
            years.append(*year);
        else
            qCWarning(lcCatalogue) << "holiday notice refused:" << error;
    }
    return years;
}

} // namespace

CatalogueCache::CatalogueCache(TerminalStore &store, QStringList hallAreas, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hallAreas(std::move(hallAreas))
{}

bool CatalogueCache::load()
{
    loadHolidayYears();
    const auto bytes = m_store.state(kState);
    if (!bytes)
        return false;
    auto parsed = CatalogueJson::parse(*bytes, m_hallAreas);
    if (!parsed.ok()) {
        // Stored only after it parsed; the hall's areas must have changed since.
        qCWarning(lcCatalogue) << "the cached catalogue no longer fits the hall:"
                               << parsed.errors.join(QLatin1String("; "));
        return false;
    }
    m_catalogue = std::move(parsed.catalogue);
    qCInfo(lcCatalogue) << "cached catalogue version" << m_catalogue.version() << "loaded";
    return true;
}

void CatalogueCache::refresh(HallClient &client)
{
    QJsonObject args;
    if (version() > 0)
        args.insert(QStringLiteral("version"), version());
    client.request(QStringLiteral("catalogue"), args, [this](const ClientReply &reply) {
        if (!reply.ok) {
            emit refreshFailed(reply.error.message());
            return;
        }
        if (const auto failure = apply(reply.result))
            emit refreshFailed(*failure);
    });
}

void CatalogueCache::loadHolidayYears()
{
    if (const auto bytes = m_store.state(kYearsState))
        m_years = parseYears(QJsonDocument::fromJson(*bytes).array());
}

void CatalogueCache::applyHolidayYears(const QJsonValue &sent)
{
    if (!sent.isArray())
        return; // a server from before the calendar was sent
    const QList<HolidayYear> years = parseYears(sent.toArray());
    if (years == m_years)
        return;
    QJsonArray stored;
    for (const HolidayYear &year : years)
        stored.append(HolidayYearJson::toJsonObject(year));
    // Not kept means only that the next start uses the older years until the server answers.
    if (!m_store.putState(kYearsState, QJsonDocument(stored).toJson(QJsonDocument::Compact)))
        qCWarning(lcCatalogue) << "the holiday notices could not be kept on this terminal";
    m_years = years;
    emit holidayYearsChanged();
}

std::optional<QString> CatalogueCache::apply(const QJsonObject &result)
{
    applyHolidayYears(result.value(QLatin1String("holidayYears")));
    if (result.value(QLatin1String("unchanged")).toBool()) {
        emit upToDate(version());
        return std::nullopt;
    }
    const QByteArray json = QJsonDocument(result.value(QLatin1String("catalogue")).toObject())
                                .toJson(QJsonDocument::Compact);
    auto parsed = CatalogueJson::parse(json, m_hallAreas);
    if (!parsed.ok()) {
        qCWarning(lcCatalogue) << "refused the server's catalogue:"
                               << parsed.errors.join(QLatin1String("; "));
        return tr("The hall server sent a catalogue that cannot be used; the cached one (version "
                  "%1) stays in use: %2")
            .arg(version())
            .arg(parsed.errors.join(QLatin1String("; ")));
    }
    if (parsed.catalogue == m_catalogue) {
        emit upToDate(version());
        return std::nullopt;
    }
    if (!m_store.putState(kState, CatalogueJson::toJson(parsed.catalogue)))
        return tr("The new catalogue could not be stored on this terminal; the cached one "
                  "(version %1) stays in use.")
            .arg(version());
    m_catalogue = std::move(parsed.catalogue);
    qCInfo(lcCatalogue) << "catalogue version" << m_catalogue.version() << "cached";
    emit catalogueChanged(m_catalogue.version());
    return std::nullopt;
}

} // namespace halldesk
