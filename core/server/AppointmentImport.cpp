#include "server/AppointmentImport.h"

#include "crypto/PersonalDataCipher.h"
#include "logging/HallDeskLogging.h"
#include "server/AppointmentOperations.h"
#include "server/AppointmentStore.h"
#include "server/ServerStore.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"
#include "validation/ResidentId.h"

#include <QFile>
#include <QHash>

namespace halldesk {

AppointmentImport::AppointmentImport(Database &database, const PersonalDataCipher &cipher,
                                     HallTime hallTime)
    : m_database(database)
    , m_cipher(cipher)
    , m_hallTime(std::move(hallTime))
{}

std::variant<AppointmentImport::Counts, QString>
AppointmentImport::importFile(const QString &path, QDate today, qint64 nowMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The appointments file %1 cannot be read: %2").arg(path, file.errorString());
    return importText(file.readAll(), today, nowMs);
}

std::variant<AppointmentImport::Row, QString>
AppointmentImport::parseLine(const QStringList &fields, bool withResident, int line, QDate today)
{
    auto bad = [line](const QString &why) {
        return tr("Line %1: %2").arg(line).arg(why);
    };
    Row row;
    row.line = line;
    StoredAppointment &a = row.appointment;
    a.code = AppointmentOperations::normalizedCode(fields.at(0));
    if (!AppointmentOperations::isValidCode(a.code))
        return bad(tr("the code must have 4 to 32 letters A-Z or digits: %1").arg(fields.at(0)));
    a.queue = fields.at(1).trimmed();
    if (!m_queues.contains(a.queue))
        return bad(tr("the hall has no queue %1").arg(a.queue));
    const QDate date = QDate::fromString(fields.at(2).trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return bad(tr("the date must be yyyy-MM-dd: %1").arg(fields.at(2)));
    const QTime start = QTime::fromString(fields.at(3).trimmed(), QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(fields.at(4).trimmed(), QStringLiteral("HH:mm"));
    if (!start.isValid())
        return bad(tr("the start time must be HH:mm: %1").arg(fields.at(3)));
    if (!end.isValid())
        return bad(tr("the end time must be HH:mm: %1").arg(fields.at(4)));
    if (end <= start)
        return bad(tr("the end time must be after the start time"));
    a.serviceDay = HallTime::dayKey(date);
    a.startMs = QDateTime(date, start, m_hallTime.zone()).toMSecsSinceEpoch();
    a.endMs = QDateTime(date, end, m_hallTime.zone()).toMSecsSinceEpoch();
    if (withResident && !fields.at(5).trimmed().isEmpty()) {
        const auto check = ResidentId::validate(fields.at(5), today);
        // The ID itself stays out of the message: it is personal data.
        if (!check.ok())
            return bad(
                tr("the resident ID is not valid (%1)").arg(ResidentId::errorMessage(check.error)));
        a.residentHash = m_cipher.blindIndex(check.normalized);
        a.residentIdEncrypted = m_cipher.encryptText(check.normalized);
    }
    return row;
}

std::variant<AppointmentImport::Counts, QString>
AppointmentImport::importText(const QByteArray &csv, QDate today, qint64 nowMs)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark from a spreadsheet program
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList header = lines.value(0).trimmed().split(QLatin1Char(','));
    for (QString &name : header)
        name = name.trimmed().toLower();
    const QStringList expected{QStringLiteral("code"), QStringLiteral("queue"),
                               QStringLiteral("date"), QStringLiteral("start"),
                               QStringLiteral("end")};
    const bool withResident = header == expected + QStringList{QStringLiteral("residentid")};
    if (header != expected && !withResident)
        return tr("Line 1: the header must be code,queue,date,start,end or "
                  "code,queue,date,start,end,residentId");
    try {
        PreparedStatements statements(m_database);
        m_queues = ServerStore(statements).queueCodes();
    } catch (const StorageError &e) {
        qCWarning(lcServer) << "reading the queues failed:" << e.what();
        return tr("The hall database could not be read. Nothing was imported.");
    }
    QList<Row> rows;
    QHash<QString, int> seen;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != header.size())
            return tr("Line %1: %2")
                .arg(i + 1)
                .arg(tr("expected %1 fields, found %2").arg(header.size()).arg(fields.size()));
        auto parsed = parseLine(fields, withResident, i + 1, today);
        if (auto *error = std::get_if<QString>(&parsed))
            return *error;
        Row row = std::get<Row>(std::move(parsed));
        if (const int first = seen.value(row.appointment.code); first != 0)
            return tr("Line %1: %2")
                .arg(i + 1)
                .arg(tr("the code %1 is already on line %2").arg(row.appointment.code).arg(first));
        seen.insert(row.appointment.code, i + 1);
        rows << row;
    }
    return store(rows, nowMs);
}

std::variant<AppointmentImport::Counts, QString> AppointmentImport::store(const QList<Row> &rows,
                                                                          qint64 nowMs)
{
    Counts counts;
    try {
        PreparedStatements statements(m_database);
        AppointmentStore appointments(statements);
        m_database.beginWrite();
        for (const Row &row : rows) {
            if (const auto stored = appointments.find(row.appointment.code)) {
                // The resident's hash is keyed, so the same ID gives the same hash again.
                if (stored->sameBookingAs(row.appointment)) {
                    ++counts.unchanged;
                    continue;
                }
                m_database.rollback();
                return tr("Line %1: %2")
                    .arg(row.line)
                    .arg(tr("the code %1 is already booked with other details")
                             .arg(row.appointment.code));
            }
            appointments.insert(row.appointment, nowMs);
            ++counts.imported;
        }
        m_database.commit();
    } catch (const StorageError &e) {
        m_database.rollback();
        qCWarning(lcServer) << "importing appointments failed:" << e.what();
        return tr("The appointments could not be stored. Nothing was imported.");
    }
    qCInfo(lcServer) << "appointments imported:" << counts.imported << "new," << counts.unchanged
                     << "already there";
    return counts;
}

} // namespace halldesk
