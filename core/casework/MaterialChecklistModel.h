#pragma once

#include "casework/EarlierMaterials.h"
#include "casework/MaterialCheck.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace halldesk {

// The materials checklist of one application as a table the window edits: what each material
// is, the form it is asked in, whether it was received, and how many pages it has. The rules of
// the checklist live here, not in the view: only a waivable material may be waived (容缺), and
// only a received one has pages.
class MaterialChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FormColumn,
        StateColumn,
        PagesColumn,
        ScanColumn, // whether the material's scanned copy is kept (材料扫描)
        ColumnCount
    };
    // Raw values for views that draw or edit by value rather than by text.
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int of MaterialCheck::State, any column
        RequiredRole,                 // bool, any column
        WaivableRole,                 // bool, any column
        NoteRole                      // QString, any column
    };

    static constexpr int MaxPages = 999;

    explicit MaterialChecklistModel(QObject *parent = nullptr);

    // notesByCode: the catalogue's note for each material code (e.g. 加盖公章); MaterialCheck
    // does not carry it because a case does not record it.
    void setMaterials(const QList<MaterialCheck> &materials,
                      const QHash<QString, QString> &notesByCode = {});
    const QList<MaterialCheck> &materials() const { return m_materials; }
    const MaterialCheck &material(int row) const { return m_materials.at(row); }
    QString note(int row) const;
    // Required materials still missing (what a 一次性告知书 lists).
    QList<MaterialCheck> missing() const;
    int count(MaterialCheck::State state) const;

    // false, and nothing changes, when the rules refuse the value. Leaving Received clears the
    // page count: pages are counted on documents in hand.
    bool setState(int row, MaterialCheck::State state);
    // 0..MaxPages, on a received material only (0 is always accepted).
    bool setPages(int row, int pages);
    // The material's scanned copy: marks it received with the scan's page count, or (an empty
    // digest) forgets the scan. false for a row that does not exist or a page count out of range.
    bool setScan(int row, const QString &digest, qint64 bytes, int pages);
    bool canWaive(int row) const;
    // The earlier copies that could stand in for a material still missing here.
    QList<EarlierMaterial> reusable(const QList<EarlierMaterial> &earlier) const;
    // Takes each of those as received, with its pages and the case it came from; the count.
    int reuse(const QList<EarlierMaterial> &earlier);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // StateColumn takes an int of MaterialCheck::State or its key ("received"); PagesColumn
    // an integer.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void stateChanged(int row, halldesk::MaterialCheck::State state);
    void pagesChanged(int row, int pages);
    // After any change: a new list, a state or a page count.
    void materialsChanged();

private:
    bool isRow(int row) const { return row >= 0 && row < m_materials.size(); }
    QString nameText(const MaterialCheck &material) const;
    QString toolTip(int row) const;
    void emitRowChanged(int row);

    QList<MaterialCheck> m_materials;
    QHash<QString, QString> m_notes;
};

} // namespace halldesk
