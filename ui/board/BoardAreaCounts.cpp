#include "board/BoardAreaCounts.h"

#include "board/BoardLook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace halldesk {

BoardAreaCounts::BoardAreaCounts(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_total(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("boardAreas"));
    setAttribute(Qt::WA_StyledBackground);
    m_heading->setObjectName(QStringLiteral("boardHeading"));
    m_heading->setFont(BoardLook::font(BoardLook::LabelPx, true));
    m_total->setObjectName(QStringLiteral("boardHeading"));
    m_total->setFont(BoardLook::font(BoardLook::LabelPx, true));
    m_empty->setObjectName(QStringLiteral("boardEmpty"));
    m_empty->setFont(BoardLook::font(BoardLook::LabelPx));
    m_empty->setWordWrap(true);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(0, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    refresh();
}

void BoardAreaCounts::display(const QList<BoardArea> &areas)
{
    m_areas = areas;
    while (m_names.size() < m_areas.size()) {
        const int row = int(m_names.size());
        auto *name = new QLabel(this);
        name->setObjectName(QStringLiteral("boardAreaName"));
        name->setFont(BoardLook::font(BoardLook::LabelPx, true));
        auto *count = new QLabel(this);
        count->setObjectName(QStringLiteral("boardAreaCount"));
        count->setFont(BoardLook::font(BoardLook::CountPx * 3 / 4, true));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(count, row, 1);
        m_names.append(name);
        m_counts.append(count);
    }
    refresh();
}

QStringList BoardAreaCounts::areaTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_names) {
        if (!label->isHidden())
            texts << label->text();
    }
    return texts;
}

QStringList BoardAreaCounts::countTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_counts) {
        if (!label->isHidden())
            texts << label->text();
    }
    return texts;
}

QString BoardAreaCounts::totalText() const
{
    return m_total->text();
}

void BoardAreaCounts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void BoardAreaCounts::refresh()
{
    m_heading->setText(tr("Waiting"));
    int total = 0;
    for (int i = 0; i < m_names.size(); ++i) {
        const bool shown = i < m_areas.size();
        m_names.at(i)->setVisible(shown);
        m_counts.at(i)->setVisible(shown);
        if (!shown)
            continue;
        const BoardArea &area = m_areas.at(i);
        total += area.waiting;
        m_names.at(i)->setText(tr("%1 %2").arg(area.letter, area.name));
        m_counts.at(i)->setText(tr("%n waiting", nullptr, area.waiting));
    }
    m_total->setText(m_areas.isEmpty() ? QString() : tr("In all: %n", nullptr, total));
    m_empty->setText(tr("The waiting figures appear when the hall server answers."));
    m_empty->setVisible(m_areas.isEmpty());
}

} // namespace halldesk
