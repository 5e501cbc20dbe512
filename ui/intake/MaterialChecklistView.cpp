#include "intake/MaterialChecklistView.h"

#include "casework/MaterialChecklistModel.h"
#include "intake/MaterialStateDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace halldesk {

MaterialChecklistView::MaterialChecklistView(MaterialChecklistModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setAccessibleName(tr("Materials checklist"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Keys edit the checklist directly (see eventFilter); an editor would cost a keystroke.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(MaterialChecklistModel::StateColumn,
                                      new MaterialStateDelegate(m_table));

    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() * 9 / 5);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(MaterialChecklistModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MaterialChecklistModel::FormColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MaterialChecklistModel::StateColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MaterialChecklistModel::PagesColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MaterialChecklistModel::ScanColumn, QHeaderView::ResizeToContents);
    int stateWidth = 0;
    for (auto state : {MaterialCheck::State::Missing, MaterialCheck::State::Received,
                       MaterialCheck::State::Waived})
        stateWidth =
            qMax(stateWidth, metrics.horizontalAdvance(MaterialCheckNames::displayName(state)));
    const int padding = metrics.averageCharWidth() * 4;
    // Bold in the cell, so a little more than the plain text needs.
    header->resizeSection(MaterialChecklistModel::StateColumn, stateWidth * 6 / 5 + padding);
    header->resizeSection(
        MaterialChecklistModel::PagesColumn,
        qMax(metrics.horizontalAdvance(QStringLiteral("999")),
             metrics.horizontalAdvance(
                 model->headerData(MaterialChecklistModel::PagesColumn, Qt::Horizontal)
                     .toString())) +
            padding);
    m_table->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Materials summary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    QPalette quiet = m_detail->palette();
    quiet.setColor(QPalette::WindowText, QColor(0x45, 0x5a, 0x64));
    m_detail->setPalette(quiet);

    auto *keys = new QLabel(
        tr("Space: received / missing / later · digits: pages · Ctrl+A: all received"), this);
    keys->setPalette(quiet);
    keys->setWordWrap(true);
    keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A reminder, not content: it takes the room the summary leaves and never widens the view.
    keys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary);
    footer->addWidget(keys, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(m_detail);
    setFocusProxy(m_table);

    connect(model, &MaterialChecklistModel::materialsChanged, this,
            &MaterialChecklistView::updateSummary);
    connect(model, &MaterialChecklistModel::materialsChanged, this,
            &MaterialChecklistView::updateDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &MaterialChecklistView::onReset);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaterialChecklistView::onCurrentChanged);
    // A click on a state cycles it, as Space does on the current row.
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == MaterialChecklistModel::StateColumn)
            cycleState(index.row());
    });
    onReset();
}

int MaterialChecklistView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void MaterialChecklistView::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, MaterialChecklistModel::NameColumn));
}

QString MaterialChecklistView::summaryText() const
{
    return m_summary->text();
}

QString MaterialChecklistView::detailText() const
{
    return m_detail->text();
}

MaterialCheck::State MaterialChecklistView::nextState(const MaterialCheck &material)
{
    switch (material.state) {
    case MaterialCheck::State::Missing:
        return MaterialCheck::State::Received;
    case MaterialCheck::State::Received:
        return material.waivable ? MaterialCheck::State::Waived : MaterialCheck::State::Missing;
    case MaterialCheck::State::Waived:
        return MaterialCheck::State::Missing;
    }
    return MaterialCheck::State::Missing;
}

void MaterialChecklistView::cycleState(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->setState(row, nextState(m_model->material(row)));
    m_typingPages = false;
}

void MaterialChecklistView::markAllReceived()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->setState(row, MaterialCheck::State::Received);
    m_typingPages = false;
}

void MaterialChecklistView::typeDigit(int digit)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const MaterialCheck &m = m_model->material(row);
    const int pages = m_typingPages ? m.pages * 10 + digit : digit;
    if (pages > MaterialChecklistModel::MaxPages) {
        QApplication::beep();
        return;
    }
    // Counting the pages of a document means it is in hand.
    m_model->setState(row, MaterialCheck::State::Received);
    m_model->setPages(row, pages);
    m_typingPages = true;
}

void MaterialChecklistView::erasePageDigit()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->setPages(row, m_model->material(row).pages / 10);
    m_typingPages = true;
}

bool MaterialChecklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (key->matches(QKeySequence::SelectAll)) {
        markAllReceived();
        return true;
    }
    if (modifiers != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        typeDigit(key->key() - Qt::Key_0);
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Space:
        cycleState(currentRow());
        return true;
    case Qt::Key_Backspace:
        erasePageDigit();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void MaterialChecklistView::updateSummary()
{
    //: Counts of the materials checklist, e.g. 已收 5 · 缺 2 · 容缺 1
    m_summary->setText(tr("Received %1 · Missing %2 · Waived %3")
                           .arg(m_model->count(MaterialCheck::State::Received))
                           .arg(m_model->count(MaterialCheck::State::Missing))
                           .arg(m_model->count(MaterialCheck::State::Waived)));
}

// The note (e.g. 加盖公章) is what the clerk must check on the paper, and a tooltip needs the
// mouse; so the current material's note is spelled out under the table.
void MaterialChecklistView::updateDetail()
{
    const int row = currentRow();
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const QString about =
        m_model->index(row, MaterialChecklistModel::NameColumn).data(Qt::ToolTipRole).toString();
    m_detail->setText(tr("%1: %2").arg(m_model->material(row).name,
                                       about.split(QLatin1Char('\n')).join(QStringLiteral(" · "))));
}

void MaterialChecklistView::onCurrentChanged(const QModelIndex &current, const QModelIndex &)
{
    m_typingPages = false;
    updateDetail();
    emit currentRowChanged(current.isValid() ? current.row() : -1);
}

void MaterialChecklistView::onReset()
{
    m_typingPages = false;
    // Short lists show whole; a long one scrolls past six rows rather than crowd the screen.
    const int rows = std::clamp(m_model->rowCount(), 3, 6);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() * rows +
                              m_table->frameWidth() * 2);
    updateSummary();
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    updateDetail();
}

} // namespace halldesk
