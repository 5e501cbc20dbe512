#include "intake/ItemPicker.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace halldesk {

namespace {

enum Column
{
    CodeColumn,
    NameColumn,
    DepartmentColumn,
    TypeColumn,
    DaysColumn,
    ColumnCount
};

enum Role
{
    CodeRole = Qt::UserRole,
    SubItemRole,
    BundleRole
};

QString daysText(int days)
{
    if (days == 0)
        return ItemPicker::tr("On the spot");
    return ItemPicker::tr("%n working day(s)", nullptr, days);
}

} // namespace

ItemPicker::ItemPicker(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Code, name or pinyin initials (e.g. yyzz)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results = new QTreeWidget;
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels(
        {tr("Code"), tr("Item"), tr("Department"), tr("Type"), tr("Promised")});
    m_results->setRootIsDecorated(false);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, [this] { chooseCurrent(); });

    m_chosenList = new QListWidget;
    m_chosenList->installEventFilter(this);
    m_chosenList->setMaximumHeight(110);

    m_hint = new QLabel(tr("Enter adds the selected item, Delete in the list below removes it."));
    m_hint->setWordWrap(true);

    auto *chosenLabel = new QLabel(tr("&Chosen items"));
    chosenLabel->setBuddy(m_chosenList);
    auto *searchLabel = new QLabel(tr("&Search the catalogue"));
    searchLabel->setBuddy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);
    layout->addWidget(chosenLabel);
    layout->addWidget(m_chosenList);

    connect(m_search, &QLineEdit::textChanged, this, &ItemPicker::search);
    setFocusProxy(m_search);
}

void ItemPicker::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    m_searcher = catalogue ? CatalogueSearch(*catalogue) : CatalogueSearch();
    clear();
}

void ItemPicker::clear()
{
    m_chosen.clear();
    m_bundleCode.clear();
    m_search->clear();
    search(QString());
    refreshChosen();
}

QString ItemPicker::bundleCode() const
{
    if (m_bundleCode.isEmpty() || !m_catalogue)
        return {};
    const ServiceBundle *bundle = m_catalogue->bundle(m_bundleCode);
    if (!bundle || bundle->itemCodes.size() != m_chosen.size())
        return {};
    for (const CaseItem &item : m_chosen) {
        if (!bundle->itemCodes.contains(item.code))
            return {};
    }
    return m_bundleCode;
}

QTreeWidgetItem *ItemPicker::addItemRow(const ServiceItem &item)
{
    auto *row = new QTreeWidgetItem(m_results);
    row->setText(CodeColumn, item.code);
    row->setText(NameColumn, item.name);
    row->setText(DepartmentColumn, item.department);
    row->setText(TypeColumn, ItemTypeNames::displayName(item.type));
    row->setText(DaysColumn, daysText(item.promisedDays));
    row->setData(0, CodeRole, item.code);
    for (const SubItem &sub : item.subItems) {
        auto *child = new QTreeWidgetItem(row);
        child->setText(CodeColumn, sub.code);
        child->setText(NameColumn, tr("Situation: %1").arg(sub.name));
        child->setText(DaysColumn,
                       daysText(sub.promisedDays > 0 ? sub.promisedDays : item.promisedDays));
        child->setData(0, CodeRole, item.code);
        child->setData(0, SubItemRole, sub.code);
    }
    return row;
}

void ItemPicker::search(const QString &text)
{
    m_results->clear();
    if (!m_catalogue)
        return;
    QTreeWidgetItem *first = nullptr;
    for (const CatalogueSearch::Result &result : m_searcher.search(text, MaxResults)) {
        QTreeWidgetItem *row = nullptr;
        if (result.kind == CatalogueSearch::Kind::Bundle) {
            const ServiceBundle *bundle = m_catalogue->bundle(result.code);
            if (!bundle)
                continue;
            row = new QTreeWidgetItem(m_results);
            row->setText(CodeColumn, bundle->code);
            row->setText(NameColumn, bundle->name);
            row->setText(TypeColumn,
                         tr("Bundle of %n item(s)", nullptr, int(bundle->itemCodes.size())));
            row->setData(0, CodeRole, bundle->code);
            row->setData(0, BundleRole, true);
        } else if (const ServiceItem *item = m_catalogue->item(result.code)) {
            row = addItemRow(*item);
            if (!result.subItemCode.isEmpty()) {
                for (int i = 0; i < row->childCount(); ++i) {
                    if (row->child(i)->data(0, SubItemRole).toString() == result.subItemCode)
                        row = row->child(i);
                }
            }
        }
        if (!first)
            first = row;
    }
    m_results->expandAll();
    m_results->setCurrentItem(first);
}

QString ItemPicker::currentResultCode() const
{
    const QTreeWidgetItem *row = m_results->currentItem();
    if (!row)
        return {};
    const QString sub = row->data(0, SubItemRole).toString();
    return sub.isEmpty() ? row->data(0, CodeRole).toString() : sub;
}

void ItemPicker::moveCurrent(int step)
{
    QTreeWidgetItem *current = m_results->currentItem();
    if (!current)
        return;
    QTreeWidgetItem *next =
        step > 0 ? m_results->itemBelow(current) : m_results->itemAbove(current);
    if (next)
        m_results->setCurrentItem(next);
}

bool ItemPicker::chooseCurrent()
{
    const QTreeWidgetItem *row = m_results->currentItem();
    if (!row || !m_catalogue)
        return false;
    const QString code = row->data(0, CodeRole).toString();
    if (row->data(0, BundleRole).toBool()) {
        const ServiceBundle *bundle = m_catalogue->bundle(code);
        if (!bundle)
            return false;
        const bool wasEmpty = m_chosen.isEmpty();
        for (const QString &itemCode : bundle->itemCodes)
            addItem(itemCode, QString());
        if (wasEmpty)
            m_bundleCode = bundle->code;
    } else {
        addItem(code, row->data(0, SubItemRole).toString());
    }
    refreshChosen();
    m_search->selectAll();
    emit chosenChanged();
    return true;
}

void ItemPicker::addItem(const QString &code, const QString &subItemCode)
{
    const ServiceItem *item = m_catalogue->item(code);
    if (!item)
        return;
    // An item is applied for once; choosing it again picks another situation.
    for (CaseItem &chosen : m_chosen) {
        if (chosen.code == code) {
            if (!subItemCode.isEmpty())
                chosen.subItemCode = subItemCode;
            return;
        }
    }
    m_chosen.append(CaseItem{item->code, item->revision, subItemCode, item->name});
}

void ItemPicker::removeChosen(int row)
{
    if (row < 0 || row >= m_chosen.size())
        return;
    m_chosen.removeAt(row);
    if (m_chosen.isEmpty())
        m_bundleCode.clear();
    refreshChosen();
    m_chosenList->setCurrentRow(qMin(row, int(m_chosen.size()) - 1));
    emit chosenChanged();
}

void ItemPicker::refreshChosen()
{
    m_chosenList->clear();
    for (const CaseItem &chosen : m_chosen) {
        QString text = QStringLiteral("%1  %2").arg(chosen.code, chosen.name);
        if (!chosen.subItemCode.isEmpty() && m_catalogue) {
            if (const ServiceItem *item = m_catalogue->item(chosen.code)) {
                for (const SubItem &sub : item->subItems) {
                    if (sub.code == chosen.subItemCode)
                        text += tr(" (situation: %1)").arg(sub.name);
                }
            }
        }
        m_chosenList->addItem(text);
    }
}

bool ItemPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)
                return chooseCurrent();
            break;
        default:
            break;
        }
    } else if (watched == m_chosenList && key->key() == Qt::Key_Delete) {
        removeChosen(m_chosenList->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace halldesk
