#include "scan/ScanPagesPanel.h"

#include "scan/MaterialPageSet.h"
#include "scan/PageStripView.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

ScanPagesPanel::ScanPagesPanel(MaterialPageSet *pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(pages)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new PageStripView(this))
    , m_actions(new QWidget(this))
{
    m_view->setModel(pages);
    m_view->setAccessibleName(tr("Scanned pages"));
    m_empty->setObjectName(QStringLiteral("scanEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No pages yet.\nPress F5 to scan, or choose \"Import files\" as the "
                        "source."));
    QFont hint = m_empty->font();
    hint.setPointSizeF(hint.pointSizeF() * 1.3);
    m_empty->setFont(hint);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto *grid = new QGridLayout(m_actions);
    grid->setContentsMargins(0, 0, 0, 0);
    m_turnLeft = addAction(tr("Turn left (Ctrl+L)"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_turnRight = addAction(tr("Turn right (Ctrl+R)"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_earlier = addAction(tr("Move earlier (Ctrl+←)"), QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_later = addAction(tr("Move later (Ctrl+→)"), QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_delete = addAction(tr("Delete page (Del)"), QKeySequence(Qt::Key_Delete));
    m_rescan = addAction(tr("Rescan page (Shift+F5)"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    const QList<QPushButton *> buttons{m_turnLeft,  m_earlier, m_delete,
                                       m_turnRight, m_later,   m_rescan};
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / 3, i % 3);

    connect(m_turnLeft, &QPushButton::clicked, this, [this] { rotateCurrent(-1); });
    connect(m_turnRight, &QPushButton::clicked, this, [this] { rotateCurrent(1); });
    connect(m_earlier, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &ScanPagesPanel::removeCurrent);
    connect(m_rescan, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit rescanRequested(currentRow());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_actions);

    connect(pages, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                // The newest page is the one the clerk looks at (and turns) next, with the keys.
                selectRow(last);
                if (!m_view->hasFocus() && window()->isActiveWindow())
                    m_view->setFocus();
            });
    connect(pages, &QAbstractItemModel::rowsRemoved, this, &ScanPagesPanel::updateState);
    connect(pages, &QAbstractItemModel::modelReset, this, &ScanPagesPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScanPagesPanel::updateState);
    updateState();
}

QPushButton *ScanPagesPanel::addAction(const QString &text, const QKeySequence &key)
{
    auto *button = new QPushButton(text, m_actions);
    button->setFocusPolicy(Qt::NoFocus); // the focus stays on the pages the keys work on
    // A QShortcut acts at once; a button's own shortcut clicks it 100 ms later (animateClick),
    // which a fast clerk's next key would overtake.
    auto *shortcut = new QShortcut(key, this);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

int ScanPagesPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ScanPagesPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateState();
}

void ScanPagesPanel::selectRow(int row)
{
    if (row >= 0 && row < m_pages->rowCount())
        m_view->setCurrentIndex(m_pages->index(row));
    updateState();
}

void ScanPagesPanel::rotateCurrent(int quarterTurns)
{
    m_pages->rotate(currentRow(), quarterTurns);
}

void ScanPagesPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    if (m_pages->move(row, row + delta))
        selectRow(row + delta);
}

void ScanPagesPanel::removeCurrent()
{
    const int row = currentRow();
    if (m_pages->remove(row))
        selectRow(qMin(row, m_pages->rowCount() - 1));
}

void ScanPagesPanel::updateState()
{
    const int count = m_pages->rowCount();
    m_stack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    const int row = currentRow();
    const bool selected = m_editable && row >= 0;
    m_turnLeft->setEnabled(selected);
    m_turnRight->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_rescan->setEnabled(selected);
    m_earlier->setEnabled(selected && row > 0);
    m_later->setEnabled(selected && row < count - 1);
}

} // namespace halldesk
