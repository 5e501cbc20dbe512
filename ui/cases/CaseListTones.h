#pragma once

#include <QIdentityProxyModel>

namespace halldesk {

// The case list as the counter shows it: cases the server does not have in colour and bold
// (refused red, pending blue), overdue dates red. The words say the same; colour only helps.
class CaseListTones : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace halldesk
