#pragma once

#include "catalogue/FormField.h"
#include "catalogue/ItemType.h"
#include "catalogue/MaterialSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace halldesk {

// A situation (情形) under an item: a narrower case with its own subset of the materials and,
// sometimes, its own promised limit.
struct SubItem
{
    QString code;
    QString name;
    QStringList materialCodes; // the item's materials that apply; empty = all of them
    int promisedDays = 0;      // 0 = the item's

    friend bool operator==(const SubItem &, const SubItem &) = default;
};

// Who may apply for an item.
enum class ApplicantKinds
{
    Person,
    Organisation,
    Either
};

// A service item (政务服务事项) with the fields of the Hubei "三级八同" standard.
struct ServiceItem
{
    QString code; // e.g. 11420200MB1234567X-F-001; unique in the catalogue
    QString name;
    QString department; // the approving department, e.g. 市市场监督管理局
    QString areaCode;   // hall area whose windows take it (resources/demo/hall.json)
    ItemType type = ItemType::Commitment;
    QString legalBasis;
    QStringList acceptanceConditions; // 受理条件
    QList<MaterialSpec> materials;
    QStringList processSteps; // 办理流程
    int statutoryDays = 0;    // 法定时限, working days; 0 for an immediate item
    int promisedDays = 0;     // 承诺时限, working days; 0 for an immediate item
    QString fee;              // 收费标准, free text; "不收费" when free
    QString result;           // 办理结果, e.g. 营业执照
    QList<FormField> form;
    QList<SubItem> subItems;
    ApplicantKinds applicants = ApplicantKinds::Either;
    bool creditCommitment = false; // may be accepted on the applicant's signed commitment
    int verificationDays = 0;      // 信用承诺: working days until the promised check
    int revision = 1;              // bumped whenever the item changes; a case records it

    const MaterialSpec *material(const QString &materialCode) const
    {
        for (const MaterialSpec &m : materials) {
            if (m.code == materialCode)
                return &m;
        }
        return nullptr;
    }

    const SubItem *subItem(const QString &subItemCode) const
    {
        for (const SubItem &sub : subItems) {
            if (sub.code == subItemCode)
                return &sub;
        }
        return nullptr;
    }

    friend bool operator==(const ServiceItem &, const ServiceItem &) = default;
};

// 一事联办: one application covering several items of several departments. Materials with the
// same code are asked for once.
struct ServiceBundle
{
    QString code;
    QString name;
    QString description;
    QStringList itemCodes;

    friend bool operator==(const ServiceBundle &, const ServiceBundle &) = default;
};

} // namespace halldesk
