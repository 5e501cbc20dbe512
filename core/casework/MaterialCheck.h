#pragma once

#include "catalogue/MaterialSpec.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// One line of a case's materials checklist: what the item asks for and what the window saw.
struct MaterialCheck
{
    enum class State
    {
        Missing,
        Received,
        Waived // 容缺: accepted now, to be handed in later; only where the item allows it
    };

    QString code;
    QString name;
    bool required = true;
    bool waivable = false;
    MaterialSpec::Form form = MaterialSpec::Form::Original;
    int copies = 1;
    State state = State::Missing;
    int pages = 0;
    QString reusedFromCase; // case number whose copy of this document was reused
    // The scanned copy (材料扫描), when there is one: SHA-256 (lower-case hex) and size in bytes
    // of the material's PDF. The server accepts an upload of exactly this file and no other.
    QString scanDigest;
    qint64 scanBytes = 0;

    static MaterialCheck fromSpec(const MaterialSpec &spec)
    {
        MaterialCheck check;
        check.code = spec.code;
        check.name = spec.name;
        check.required = spec.required;
        check.waivable = spec.waivable;
        check.form = spec.form;
        check.copies = spec.copies;
        return check;
    }

    friend bool operator==(const MaterialCheck &, const MaterialCheck &) = default;
};

class MaterialCheckNames
{
    Q_DECLARE_TR_FUNCTIONS(MaterialCheckNames)

public:
    static QString key(MaterialCheck::State state);
    static std::optional<MaterialCheck::State> stateFromKey(const QString &key);
    static QString displayName(MaterialCheck::State state);
    // 原件 / 复印件 ×2 / 原件及复印件
    static QString formText(MaterialSpec::Form form, int copies);
};

} // namespace halldesk
