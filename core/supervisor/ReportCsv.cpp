#include "supervisor/ReportCsv.h"

#include "logging/HallDeskLogging.h"
#include "platform/WholeFile.h"

namespace halldesk {

QString ReportCsv::cell(const QString &text)
{
    QString value = text;
    // A number with a sign is still a number; anything else starting like a formula is text.
    static const QString formulaStarts = QStringLiteral("=+-@");
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && formulaStarts.contains(value.front()) && !number)
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' ')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                QLatin1Char('"');
    return value;
}

QByteArray ReportCsv::toCsv(const QString &title, const QStringList &headings,
                            const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &text : cells)
            quoted << cell(text);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line({title}) + line(headings);
    for (const QStringList &row : rows)
        text += line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ReportCsv::write(const QString &path, const QString &title, const QStringList &headings,
                      const QList<QStringList> &rows)
{
    m_errorString.clear();
    const QByteArray csv = toCsv(title, headings, rows);
    QString reason;
    if (!writeWholeFile(path, csv, &reason)) {
        m_errorString = tr("The report could not be saved as %1: %2").arg(path, reason);
        qCWarning(lcSupervisor) << "CSV report not saved:" << reason;
        return false;
    }
    return true;
}

} // namespace halldesk
