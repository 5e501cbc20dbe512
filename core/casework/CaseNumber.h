#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace halldesk {

// A case number such as 20261128-0015-0003: the service day, the window and the window's own
// sequence of that day. A window can give one out with the server unreachable, and two
// windows can never give the same one, because the window part is theirs alone.
class CaseNumber
{
public:
    static constexpr int MaxWindow = 9999;
    static constexpr int MaxSequence = 9999;

    CaseNumber() = default;
    // Null unless day is valid, window in 1..MaxWindow and sequence in 1..MaxSequence.
    CaseNumber(QDate day, int window, int sequence);

    static std::optional<CaseNumber> parse(const QString &text);

    bool isNull() const { return m_window == 0; }
    QDate day() const { return m_day; }
    int window() const { return m_window; }
    int sequence() const { return m_sequence; }
    QString toString() const;

    friend bool operator==(const CaseNumber &, const CaseNumber &) = default;

private:
    QDate m_day;
    int m_window = 0;
    int m_sequence = 0;
};

} // namespace halldesk
