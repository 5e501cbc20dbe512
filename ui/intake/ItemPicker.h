#pragma once

#include "casework/CaseRecord.h"
#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueSearch.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace halldesk {

// Chooses the items of an application from the catalogue, typing only: the search box finds
// items and bundles by code, name fragment or pinyin initials ("yyzz") as it is typed; Down
// and Up walk the results, where an item's situations (情形) are listed under it, and Enter
// adds the current one (a bundle adds all its items). Delete in the chosen list takes an item
// out again.
class ItemPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 30;

    explicit ItemPicker(QWidget *parent = nullptr);

    // The catalogue must stay alive until the next setCatalogue() or the picker's end.
    void setCatalogue(const Catalogue *catalogue);

    QList<CaseItem> chosenItems() const { return m_chosen; }
    // The bundle the items came from while they are exactly its items; else empty.
    QString bundleCode() const;
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *results() const { return m_results; }
    QListWidget *chosenList() const { return m_chosenList; }
    // The code (item, sub-item or bundle) of the current result; empty when there is none.
    QString currentResultCode() const;
    // Adds the current result; false when there is none.
    bool chooseCurrent();
    void removeChosen(int row);

signals:
    void chosenChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    QTreeWidgetItem *addItemRow(const ServiceItem &item);
    void moveCurrent(int step);
    void addItem(const QString &code, const QString &subItemCode);
    void refreshChosen();

    const Catalogue *m_catalogue = nullptr;
    CatalogueSearch m_searcher;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_results = nullptr;
    QListWidget *m_chosenList = nullptr;
    QLabel *m_hint = nullptr;
    QList<CaseItem> m_chosen;
    QString m_bundleCode;
};

} // namespace halldesk
