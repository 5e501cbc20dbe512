#include "board/BoardCallList.h"

#include "board/BoardCallRow.h"
#include "board/BoardLook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace halldesk {

BoardCallList::BoardCallList(QWidget *parent)
    : QWidget(parent)
    , m_newest(new BoardCallRow(BoardCallRow::Size::Newest, this))
    , m_heading(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("boardHeading"));
    m_heading->setFont(BoardLook::font(BoardLook::LabelPx, true));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    constexpr int Rows = (EarlierCalls + 1) / 2;
    for (int i = 0; i < EarlierCalls; ++i) {
        auto *row = new BoardCallRow(BoardCallRow::Size::Earlier, this);
        row->hide();
        // Down the first column, then the second: newest to oldest as one reads.
        grid->addWidget(row, i % Rows, i / Rows);
        m_earlier.append(row);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int r = 0; r < Rows; ++r)
        grid->setRowMinimumHeight(r, BoardLook::CallPx + 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_newest, 0);
    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addStretch(1);

    m_flashTimer.setInterval(BoardLook::FlashStepMs);
    connect(&m_flashTimer, &QTimer::timeout, this, &BoardCallList::flashStep);
    m_heading->setText(tr("Earlier calls"));
    m_newest->clear();
}

void BoardCallList::display(const QList<BoardCall> &calls)
{
    if (calls.isEmpty()) {
        m_flashTimer.stop();
        m_newest->clear();
    } else {
        m_newest->display(calls.constFirst());
    }
    m_heading->setVisible(calls.size() > 1);
    for (int i = 0; i < m_earlier.size(); ++i) {
        BoardCallRow *row = m_earlier.at(i);
        if (i + 1 < calls.size()) {
            row->display(calls.at(i + 1));
            row->show();
        } else {
            row->hide();
        }
    }
}

void BoardCallList::flashNewest()
{
    m_flashStepsLeft = BoardLook::FlashMs / BoardLook::FlashStepMs;
    m_newest->setFlash(true);
    m_flashTimer.start();
}

QList<BoardCallRow *> BoardCallList::earlierRows() const
{
    QList<BoardCallRow *> rows;
    for (BoardCallRow *row : m_earlier) {
        if (!row->isHidden())
            rows.append(row);
    }
    return rows;
}

void BoardCallList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_heading->setText(tr("Earlier calls"));
    QWidget::changeEvent(event);
}

void BoardCallList::flashStep()
{
    if (--m_flashStepsLeft <= 0) {
        m_flashTimer.stop();
        // It stays the large, labelled card on top; only the flashing ends.
        m_newest->setFlash(false);
        return;
    }
    m_newest->setFlash(!m_newest->isFlashOn());
}

} // namespace halldesk
