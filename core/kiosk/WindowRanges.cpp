#include "kiosk/WindowRanges.h"

#include <QStringList>
#include <algorithm>

namespace halldesk {

QString WindowRanges::text(QList<int> windows)
{
    std::sort(windows.begin(), windows.end());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    QStringList parts;
    for (qsizetype i = 0; i < windows.size();) {
        qsizetype end = i;
        while (end + 1 < windows.size() && windows.at(end + 1) == windows.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            parts << QStringLiteral("%1–%2").arg(windows.at(i)).arg(windows.at(end));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts << QString::number(windows.at(k));
        }
        i = end + 1;
    }
    // The Chinese enumeration comma: the slip and the kiosk speak Chinese first; English
    // readers of a "1–12、15" still see the numbers.
    return parts.join(QStringLiteral("、"));
}

} // namespace halldesk
