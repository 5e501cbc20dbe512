#include "cases/CaseListPanel.h"

#include "cases/CaseListTones.h"
#include "terminal/CaseListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace halldesk {

namespace {

constexpr CaseListView Views[] = {CaseListView::Today, CaseListView::Mine, CaseListView::DueSoon,
                                  CaseListView::Overdue};

} // namespace

CaseListPanel::CaseListPanel(WorkingCalendar calendar, QWidget *parent)
    : QFrame(parent)
    , m_model(new CaseListModel(std::move(calendar), this))
    , m_tabs(new QTabBar(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("caseListPanel"));
    setFrameShape(QFrame::StyledPanel);

    const QString names[] = {tr("Today"), tr("Mine"), tr("Due soon"), tr("Overdue")};
    for (int i = 0; i < 4; ++i) {
        m_tabs->addTab(names[i]);
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        m_tabs->setTabToolTip(i, key.toString(QKeySequence::NativeText));
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setView(Views[i]); });
    }
    m_tabs->setExpanding(false);
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refresh->setToolTip(m_refresh->shortcut().toString(QKeySequence::NativeText));
    m_refresh->setAutoDefault(false);

    m_note->setObjectName(QStringLiteral("noticeBanner"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    auto *tones = new CaseListTones(this);
    tones->setSourceModel(m_model);
    m_table->setModel(tones);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::ItemsColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Cases"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_placeholder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_table);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < 4 && Views[index] != m_view)
            setView(Views[index]);
    });
    connect(m_refresh, &QPushButton::clicked, this, &CaseListPanel::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCaseRequested(index.data(CaseListModel::CaseNumberRole).toString());
    });
    setState(State::Loading, {});
}

void CaseListPanel::setView(CaseListView view)
{
    m_view = view;
    const int index = int(std::find(std::begin(Views), std::end(Views), view) - std::begin(Views));
    if (m_tabs->currentIndex() != index) {
        const QSignalBlocker quiet(m_tabs);
        m_tabs->setCurrentIndex(index);
    }
    // Another list's lines must not stand under this list's name while it is read.
    m_model->setCases({}, {}, {});
    refresh();
}

void CaseListPanel::refresh()
{
    setState(State::Loading, {});
    emit refreshRequested(m_view);
}

void CaseListPanel::showList(const CaseList &list)
{
    if (list.view != m_view)
        return;
    const QString current = m_table->currentIndex().data(CaseListModel::CaseNumberRole).toString();
    m_model->setCases(list.server, list.local, list.serviceDay);
    if (list.fromServer())
        setState(State::Ready, {});
    else if (list.unreachable())
        setState(State::LocalOnly, tr("The hall server cannot be reached. These are only the "
                                      "cases taken at this terminal."));
    else
        setState(State::Failed, tr("The list could not be read: %1 Shown are only the cases "
                                   "taken at this terminal.")
                                    .arg(list.error.message()));
    if (m_model->rowCount() == 0)
        return;
    // The clerk's place in the list survives a refresh, and the keys go to the list again
    // when the panel had them.
    const int row = qMax(0, m_model->rowOf(current));
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    if (hasFocus() || isAncestorOf(QApplication::focusWidget()))
        m_table->setFocus();
}

void CaseListPanel::setState(State state, const QString &note)
{
    m_state = state;
    // A refresh keeps the lines in sight, and the focus in the table, until the answer comes.
    const QString reading = tr("Reading the cases…");
    const bool quietly = state == State::Loading && m_model->rowCount() > 0;
    m_note->setText(quietly ? reading : note);
    m_note->setVisible(!m_note->text().isEmpty());
    m_note->setProperty("tone", state == State::Failed ? QStringLiteral("error")
                                : quietly              ? QString()
                                                       : QStringLiteral("warning"));
    m_note->style()->unpolish(m_note);
    m_note->style()->polish(m_note);
    if (m_model->rowCount() == 0) {
        m_placeholder->setText(state == State::Loading ? reading : emptyText());
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

QString CaseListPanel::emptyText() const
{
    switch (m_view) {
    case CaseListView::Today:
        return tr("No cases taken today yet.");
    case CaseListView::Mine:
        return tr("You have no cases yet.");
    case CaseListView::DueSoon:
        return tr("No case is due in the next three working days.");
    case CaseListView::Overdue:
        return tr("No case is overdue.");
    }
    return {};
}

QString CaseListPanel::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString CaseListPanel::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

} // namespace halldesk
