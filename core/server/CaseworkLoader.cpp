#include "server/CaseworkLoader.h"

#include "calendar/HolidayYearJson.h"
#include "catalogue/CatalogueJson.h"
#include "logging/HallDeskLogging.h"
#include "server/ReferenceDataStore.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QFile>

namespace halldesk {

namespace {

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CaseworkLoader::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<CatalogueJson::Parsed> parseCatalogue(const QByteArray &json,
                                                    const QStringList &areas, const QString &source,
                                                    QString *error)
{
    CatalogueJson::Parsed parsed = CatalogueJson::parse(json, areas);
    if (!parsed.ok()) {
        // The first few problems are enough to find the mistake; all of them go to the log.
        for (const QString &problem : parsed.errors)
            qCWarning(lcCatalogue).noquote() << source << ":" << problem;
        *error = CaseworkLoader::tr("The service catalogue %1 is not valid (%n problem(s)), "
                                    "first: %2",
                                    nullptr, int(parsed.errors.size()))
                     .arg(source, parsed.errors.constFirst());
        return std::nullopt;
    }
    return parsed;
}

} // namespace

QString CaseworkLoader::demoCataloguePath()
{
    return QStringLiteral(":/halldesk/catalogue/demo-catalogue.json");
}

std::optional<CaseworkData> CaseworkLoader::load(Database &database, const Sources &sources,
                                                 qint64 nowMs, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    try {
        PreparedStatements statements(database);
        ReferenceDataStore store(statements);
        const QStringList areas = store.areaCodes();

        std::optional<CatalogueJson::Parsed> current;
        if (const auto stored = store.latestCatalogue()) {
            current = parseCatalogue(*stored, areas, tr("in the database"), error);
            if (!current)
                return std::nullopt;
        }
        QString candidatePath = sources.catalogueFile;
        if (candidatePath.isEmpty() && sources.demo)
            candidatePath = demoCataloguePath();
        if (!candidatePath.isEmpty()) {
            const auto bytes = readFile(candidatePath, error);
            if (!bytes)
                return std::nullopt;
            auto candidate = parseCatalogue(*bytes, areas, candidatePath, error);
            if (!candidate)
                return std::nullopt;
            const int have = current ? current->catalogue.version() : 0;
            if (candidate->catalogue.version() > have) {
                database.beginWrite();
                store.storeCatalogue(candidate->catalogue.version(),
                                     candidate->catalogue.updatedOn(),
                                     CatalogueJson::toJson(candidate->catalogue), nowMs);
                database.commit();
                qCInfo(lcCatalogue)
                    << "installed catalogue version" << candidate->catalogue.version() << "with"
                    << candidate->catalogue.items().size() << "items";
                current = std::move(candidate);
            } else if (candidate->catalogue.version() < have ||
                       CatalogueJson::toJson(candidate->catalogue) !=
                           CatalogueJson::toJson(current->catalogue)) {
                // Same version, other content: terminals that cached the old one would never
                // learn of the change.
                qCWarning(lcCatalogue).noquote()
                    << "keeping catalogue version" << have << "from the database;" << candidatePath
                    << "has version" << candidate->catalogue.version();
            }
        }

        CaseworkData data;
        if (current) {
            data.catalogue = std::make_shared<const Catalogue>(current->catalogue);
            data.catalogueJson = CatalogueJson::toJson(current->catalogue);
        } else {
            qCWarning(lcCatalogue) << "no service catalogue installed; cases cannot be taken";
            data.catalogueJson = CatalogueJson::toJson(Catalogue());
        }

        WorkingCalendar calendar = WorkingCalendar::withShippedYears();
        for (const QByteArray &document : store.holidayYears()) {
            const auto year = HolidayYearJson::parse(document, error);
            if (!year)
                return std::nullopt;
            calendar.addYear(*year);
        }
        for (const QString &path : sources.holidayYearFiles) {
            const auto bytes = readFile(path, error);
            if (!bytes)
                return std::nullopt;
            QString why;
            const auto year = HolidayYearJson::parse(*bytes, &why);
            if (!year) {
                *error = tr("The holiday notice %1 is not valid: %2").arg(path, why);
                return std::nullopt;
            }
            database.beginWrite();
            store.storeHolidayYear(year->year(), HolidayYearJson::toJson(*year), nowMs);
            database.commit();
            calendar.addYear(*year);
            qCInfo(lcCase) << "holiday year" << year->year() << "installed from" << path;
        }
        data.calendar = std::make_shared<const WorkingCalendar>(std::move(calendar));
        return data;
    } catch (const StorageError &e) {
        database.rollback();
        *error = tr("The service catalogue could not be read from or stored in the database.");
        qCCritical(lcCatalogue) << "catalogue storage failed:" << e.what();
        return std::nullopt;
    }
}

} // namespace halldesk
