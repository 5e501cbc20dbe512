#include "casework/MaterialChecklistModel.h"

#include "casework/DecisionRules.h"

#include <algorithm>

namespace halldesk {

MaterialChecklistModel::MaterialChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MaterialChecklistModel::setMaterials(const QList<MaterialCheck> &materials,
                                          const QHash<QString, QString> &notesByCode)
{
    beginResetModel();
    m_materials = materials;
    m_notes = notesByCode;
    endResetModel();
    emit materialsChanged();
}

QString MaterialChecklistModel::note(int row) const
{
    return isRow(row) ? m_notes.value(m_materials.at(row).code) : QString();
}

QList<MaterialCheck> MaterialChecklistModel::missing() const
{
    return DecisionRules::missing(m_materials);
}

int MaterialChecklistModel::count(MaterialCheck::State state) const
{
    return int(std::count_if(m_materials.cbegin(), m_materials.cend(),
                             [state](const MaterialCheck &m) { return m.state == state; }));
}

bool MaterialChecklistModel::canWaive(int row) const
{
    return isRow(row) && m_materials.at(row).waivable;
}

bool MaterialChecklistModel::setState(int row, MaterialCheck::State state)
{
    if (!isRow(row))
        return false;
    if (state == MaterialCheck::State::Waived && !canWaive(row))
        return false;
    MaterialCheck &m = m_materials[row];
    if (m.state == state)
        return true;
    m.state = state;
    if (state != MaterialCheck::State::Received) {
        m.reusedFromCase.clear();
        m.scanDigest.clear();
        m.scanBytes = 0;
    }
    const bool pagesCleared = state != MaterialCheck::State::Received && m.pages != 0;
    if (pagesCleared)
        m.pages = 0;
    emitRowChanged(row);
    emit stateChanged(row, state);
    if (pagesCleared)
        emit pagesChanged(row, 0);
    emit materialsChanged();
    return true;
}

bool MaterialChecklistModel::setScan(int row, const QString &digest, qint64 bytes, int pages)
{
    if (!isRow(row) || pages < 0 || pages > MaxPages)
        return false;
    if (!digest.isEmpty() && !setState(row, MaterialCheck::State::Received))
        return false;
    MaterialCheck &m = m_materials[row];
    m.scanDigest = digest;
    m.scanBytes = digest.isEmpty() ? 0 : bytes;
    if (!digest.isEmpty())
        m.pages = pages;
    emitRowChanged(row);
    if (!digest.isEmpty())
        emit pagesChanged(row, pages);
    emit materialsChanged();
    return true;
}

bool MaterialChecklistModel::setPages(int row, int pages)
{
    if (!isRow(row) || pages < 0 || pages > MaxPages)
        return false;
    MaterialCheck &m = m_materials[row];
    if (m.pages == pages)
        return true;
    if (m.state != MaterialCheck::State::Received)
        return false;
    m.pages = pages;
    emitRowChanged(row);
    emit pagesChanged(row, pages);
    emit materialsChanged();
    return true;
}

QList<EarlierMaterial> MaterialChecklistModel::reusable(const QList<EarlierMaterial> &earlier) const
{
    QList<EarlierMaterial> out;
    for (const EarlierMaterial &copy : earlier) {
        const bool wanted = std::any_of(m_materials.cbegin(), m_materials.cend(), [&](auto &m) {
            return m.code == copy.code && m.state == MaterialCheck::State::Missing;
        });
        if (wanted)
            out.append(copy);
    }
    return out;
}

int MaterialChecklistModel::reuse(const QList<EarlierMaterial> &earlier)
{
    int reused = 0;
    for (const EarlierMaterial &copy : reusable(earlier)) {
        for (int row = 0; row < m_materials.size(); ++row) {
            MaterialCheck &m = m_materials[row];
            if (m.code != copy.code || m.state != MaterialCheck::State::Missing)
                continue;
            m.state = MaterialCheck::State::Received;
            m.pages = std::clamp(copy.pages, 0, MaxPages);
            m.reusedFromCase = copy.caseNumber;
            emitRowChanged(row);
            emit stateChanged(row, m.state);
            emit pagesChanged(row, m.pages);
            ++reused;
        }
    }
    if (reused > 0)
        emit materialsChanged();
    return reused;
}

void MaterialChecklistModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MaterialChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_materials.size());
}

int MaterialChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MaterialChecklistModel::nameText(const MaterialCheck &material) const
{
    // Most materials are required; marking the few optional ones keeps the list quiet.
    if (!material.reusedFromCase.isEmpty())
        //: A material taken from an earlier case of the same applicant, e.g. 身份证（复用）
        return tr("%1 (reused)").arg(material.name);
    if (material.required)
        return material.name;
    //: A material the applicant may leave out, e.g. 户口簿（可选）
    return tr("%1 (optional)").arg(material.name);
}

QString MaterialChecklistModel::toolTip(int row) const
{
    const MaterialCheck &m = m_materials.at(row);
    QStringList lines;
    lines.append(m.required ? tr("Required") : tr("Optional"));
    if (m.waivable)
        lines.append(tr("May be handed in after acceptance"));
    if (const QString text = note(row); !text.isEmpty())
        lines.append(text);
    if (!m.reusedFromCase.isEmpty())
        lines.append(tr("Copy reused from case %1").arg(m.reusedFromCase));
    return lines.join(QLatin1Char('\n'));
}

QVariant MaterialChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isRow(index.row()))
        return {};
    const MaterialCheck &m = m_materials.at(index.row());
    switch (role) {
    case StateRole:
        return int(m.state);
    case RequiredRole:
        return m.required;
    case WaivableRole:
        return m.waivable;
    case NoteRole:
        return note(index.row());
    case Qt::ToolTipRole:
        return toolTip(index.row());
    case Qt::TextAlignmentRole:
        if (index.column() == StateColumn)
            return int(Qt::AlignCenter);
        if (index.column() == PagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return edit ? m.name : nameText(m);
    case FormColumn:
        return MaterialCheckNames::formText(m.form, m.copies);
    case StateColumn:
        return edit ? QVariant(int(m.state)) : QVariant(MaterialCheckNames::displayName(m.state));
    case PagesColumn:
        // A blank cell says "not counted yet" better than a 0 would.
        if (edit)
            return m.pages;
        return m.pages > 0 ? QVariant(m.pages) : QVariant(QString());
    case ScanColumn:
        return m.scanDigest.isEmpty() ? QString() : tr("Scanned");
    default:
        return {};
    }
}

QVariant MaterialChecklistModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Material");
    case FormColumn:
        return tr("Form");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages");
    case ScanColumn:
        return tr("Scan");
    default:
        return {};
    }
}

Qt::ItemFlags MaterialChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == StateColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == PagesColumn &&
        material(index.row()).state == MaterialCheck::State::Received)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MaterialChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !isRow(index.row()))
        return false;
    if (index.column() == StateColumn) {
        std::optional<MaterialCheck::State> state;
        if (value.typeId() == QMetaType::QString) {
            state = MaterialCheckNames::stateFromKey(value.toString());
        } else {
            bool ok = false;
            const int raw = value.toInt(&ok);
            if (ok && raw >= int(MaterialCheck::State::Missing) &&
                raw <= int(MaterialCheck::State::Waived))
                state = static_cast<MaterialCheck::State>(raw);
        }
        return state && setState(index.row(), *state);
    }
    if (index.column() == PagesColumn) {
        bool ok = false;
        const int pages = value.toInt(&ok);
        return ok && setPages(index.row(), pages);
    }
    return false;
}

} // namespace halldesk
