#include "casework/CaseNumber.h"

#include <QRegularExpression>

namespace halldesk {

CaseNumber::CaseNumber(QDate day, int window, int sequence)
{
    if (!day.isValid() || day.year() < 2000 || day.year() > 9999 || window < 1 ||
        window > MaxWindow || sequence < 1 || sequence > MaxSequence)
        return;
    m_day = day;
    m_window = window;
    m_sequence = sequence;
}

std::optional<CaseNumber> CaseNumber::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})-(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const CaseNumber number(day, m.captured(4).toInt(), m.captured(5).toInt());
    if (number.isNull())
        return std::nullopt;
    return number;
}

QString CaseNumber::toString() const
{
    if (isNull())
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(m_day.toString(QStringLiteral("yyyyMMdd")))
        .arg(m_window, 4, 10, QLatin1Char('0'))
        .arg(m_sequence, 4, 10, QLatin1Char('0'));
}

} // namespace halldesk
