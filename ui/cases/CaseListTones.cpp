#include "cases/CaseListTones.h"

#include "terminal/CaseListModel.h"

#include <QColor>
#include <QFont>

namespace halldesk {

QVariant CaseListTones::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const auto origin =
        CaseSummary::Origin(QIdentityProxyModel::data(index, CaseListModel::OriginRole).toInt());
    const bool overdue = index.column() == CaseListModel::DatesColumn &&
                         QIdentityProxyModel::data(index, CaseListModel::OverdueRole).toBool();
    const bool local = origin != CaseSummary::Origin::Server;
    if (role == Qt::FontRole) {
        if (!local && !overdue)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    if (origin == CaseSummary::Origin::Refused || overdue)
        return QColor(0xb7, 0x1c, 0x1c);
    if (origin == CaseSummary::Origin::Pending)
        return QColor(0x15, 0x65, 0xc0);
    return {};
}

} // namespace halldesk
