#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace halldesk {

// A report as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so a spreadsheet on a
// Chinese Windows desk reads it as UTF-8, not GBK), CRLF lines, RFC 4180 quoting. A cell that a
// spreadsheet would take for a formula (=, +, -, @ first) is written with a leading apostrophe,
// since names in a hall's tables come from people and a file is opened by others.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    static QByteArray toCsv(const QString &title, const QStringList &headings,
                            const QList<QStringList> &rows);
    // Either the whole file is at `path` or nothing is; false with errorString() otherwise.
    bool write(const QString &path, const QString &title, const QStringList &headings,
               const QList<QStringList> &rows);
    QString errorString() const { return m_errorString; }

    static QString cell(const QString &text);

private:
    QString m_errorString;
};

} // namespace halldesk
