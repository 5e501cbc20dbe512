#include "TransferDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace halldesk {

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;

void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
}

bool isQueueRow(const QListWidgetItem *item)
{
    return item && (item->flags() & Qt::ItemIsSelectable);
}

} // namespace

TransferDialog::TransferDialog(const HallLayout &layout, int ownWindow, const QString &ticketNumber,
                               const QString &currentQueue, QWidget *parent)
    : QDialog(parent)
    , m_ownWindow(ownWindow)
    , m_currentQueue(currentQueue)
{
    setWindowTitle(tr("Transfer Ticket"));

    auto *heading = new QLabel(this);
    heading->setText(tr("Transfer ticket %1, now in %2 (%3).")
                         .arg(ticketNumber, layout.queueName(currentQueue), currentQueue));
    heading->setWordWrap(true);
    QFont emphasis = heading->font();
    emphasis.setBold(true);
    heading->setFont(emphasis);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type to filter by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_queues = new QListWidget(this);
    m_queues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queues->setAccessibleName(tr("Target queue"));
    // Enough rows to see a whole area at once; the list scrolls for the rest of the hall.
    m_queues->setMinimumHeight(m_queues->fontMetrics().height() * 13);
    m_queues->setMinimumWidth(m_queues->fontMetrics().averageCharWidth() * 44);
    fillQueues(layout);

    m_windows = new QComboBox(this);
    m_windows->setAccessibleName(tr("Target window"));
    fillWindows(layout);

    m_comment = new QLineEdit(this);
    m_comment->setMaxLength(MaxCommentLength);
    m_comment->setPlaceholderText(
        tr("Optional note for the next clerk, e.g. documents pre-checked"));

    auto *queueBox = new QVBoxLayout;
    queueBox->addWidget(m_filter);
    queueBox->addWidget(m_queues, 1);

    auto *form = new QFormLayout;
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_filter);
    form->addRow(queueLabel, queueBox);
    form->addRow(tr("&Window:"), m_windows);
    form->addRow(tr("&Note:"), m_comment);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    markAsError(m_error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *transfer = buttons->addButton(tr("&Transfer"), QDialogButtonBox::AcceptRole);
    transfer->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(heading);
    main->addLayout(form, 1);
    main->addWidget(m_error);
    main->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &TransferDialog::applyFilter);
    connect(m_queues, &QListWidget::itemSelectionChanged, this, &TransferDialog::showLiveProblem);
    connect(m_windows, &QComboBox::currentIndexChanged, this, &TransferDialog::showLiveProblem);
    // A double click picks the queue and transfers. Not itemActivated: Enter in the list
    // already reaches the default button, and the ticket must not be sent twice.
    connect(m_queues, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (isQueueRow(item))
            accept();
    });

    m_queues->setCurrentItem(m_keepQueue);
    m_filter->setFocus();
}

void TransferDialog::fillQueues(const HallLayout &layout)
{
    m_keepQueue = new QListWidgetItem(tr("Keep the current queue"), m_queues);
    m_keepQueue->setData(CodeRole, QString());

    QFont headerFont = m_queues->font();
    headerFont.setBold(true);
    const auto addGroup = [&](const QString &areaCode, const QString &title) {
        QList<const HallQueue *> members;
        for (const HallQueue &q : layout.queues())
            if (q.area == areaCode)
                members.append(&q);
        if (members.isEmpty())
            return;
        // Headers are disabled so the arrow keys step over them.
        auto *header = new QListWidgetItem(title, m_queues);
        header->setFlags(Qt::NoItemFlags);
        header->setFont(headerFont);
        header->setForeground(m_queues->palette().color(QPalette::Text));
        for (const HallQueue *q : members) {
            QString text =
                QStringLiteral("    %1  (%2)").arg(q->name.isEmpty() ? q->code : q->name, q->code);
            if (q->code == m_currentQueue)
                text += QLatin1Char(' ') + tr("[current queue]");
            auto *item = new QListWidgetItem(text, m_queues);
            item->setData(CodeRole, q->code);
            item->setData(SearchRole,
                          QStringList{q->name, q->code, title, q->prefix}.join(QLatin1Char(' ')));
        }
    };
    QSet<QString> known;
    for (const HallArea &area : layout.areas()) {
        addGroup(area.code, area.name.isEmpty() ? area.code : area.name);
        known.insert(area.code);
    }
    QSet<QString> others;
    for (const HallQueue &q : layout.queues())
        if (!known.contains(q.area) && !others.contains(q.area)) {
            others.insert(q.area);
            addGroup(q.area, q.area.isEmpty() ? tr("Other queues") : q.area);
        }
}

void TransferDialog::fillWindows(const HallLayout &layout)
{
    m_windows->addItem(tr("Any window of the queue"), 0);
    for (const HallWindow &w : layout.windows()) {
        QString text = w.name.isEmpty() ? tr("Window %1").arg(w.number) : w.name;
        // Type-ahead in a closed combo matches the start of the text: lead with the number.
        if (!text.startsWith(QString::number(w.number)))
            text = QStringLiteral("%1  %2").arg(w.number).arg(text);
        if (const HallArea *area = layout.area(w.area); area && !area->name.isEmpty())
            text += QStringLiteral(" · ") + area->name;
        if (w.number == m_ownWindow)
            text += QLatin1Char(' ') + tr("[this window]");
        m_windows->addItem(text, w.number);
    }
}

void TransferDialog::applyFilter(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *header = nullptr;
    bool headerHasMatch = false;
    const auto closeGroup = [&] {
        if (header)
            header->setHidden(!headerHasMatch);
    };
    for (int i = 0; i < m_queues->count(); ++i) {
        QListWidgetItem *item = m_queues->item(i);
        if (item == m_keepQueue) {
            // While the clerk searches, "keep" is no answer to the search.
            item->setHidden(!terms.isEmpty());
            continue;
        }
        if (!isQueueRow(item)) {
            closeGroup();
            header = item;
            headerHasMatch = false;
            continue;
        }
        const QString haystack = item->data(SearchRole).toString();
        bool match = true;
        for (const QString &term : terms)
            match = match && haystack.contains(term, Qt::CaseInsensitive);
        item->setHidden(!match);
        headerHasMatch = headerHasMatch || match;
    }
    closeGroup();

    // Typing then Enter takes the first match, so keep the selection on a visible row.
    QListWidgetItem *selected = selectedQueueItem();
    if (selected && !selected->isHidden())
        return;
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_queues->count() && !first; ++i) {
        QListWidgetItem *item = m_queues->item(i);
        if (isQueueRow(item) && !item->isHidden())
            first = item;
    }
    if (first) {
        m_queues->setCurrentItem(first);
        m_queues->scrollToItem(first);
    } else {
        m_queues->clearSelection();
    }
}

QListWidgetItem *TransferDialog::selectedQueueItem() const
{
    const QList<QListWidgetItem *> selected = m_queues->selectedItems();
    return selected.isEmpty() || !isQueueRow(selected.constFirst()) ? nullptr
                                                                    : selected.constFirst();
}

QStringList TransferDialog::visibleQueues() const
{
    QStringList codes;
    for (int i = 0; i < m_queues->count(); ++i) {
        const QListWidgetItem *item = m_queues->item(i);
        if (isQueueRow(item) && item != m_keepQueue && !item->isHidden())
            codes.append(item->data(CodeRole).toString());
    }
    return codes;
}

void TransferDialog::selectQueue(const QString &code)
{
    for (int i = 0; i < m_queues->count(); ++i) {
        QListWidgetItem *item = m_queues->item(i);
        if (isQueueRow(item) && item->data(CodeRole).toString() == code) {
            m_filter->clear();
            m_queues->setCurrentItem(item);
            m_queues->scrollToItem(item);
            return;
        }
    }
}

void TransferDialog::selectWindow(int window)
{
    const int index = m_windows->findData(window);
    if (index >= 0)
        m_windows->setCurrentIndex(index);
}

TransferChoice TransferDialog::choice() const
{
    TransferChoice c;
    if (const QListWidgetItem *item = selectedQueueItem())
        c.queue = item->data(CodeRole).toString();
    c.window = m_windows->currentData().toInt();
    c.comment = m_comment->text().trimmed();
    return c;
}

TransferDialog::Problem TransferDialog::problem() const
{
    const TransferChoice c = choice();
    if (!selectedQueueItem() && !m_filter->text().trimmed().isEmpty())
        return Problem::NoMatch;
    if (c.window != 0 && c.window == m_ownWindow)
        return Problem::OwnWindow;
    if (c.queue.isEmpty() && c.window == 0)
        return Problem::NothingChosen;
    if (c.queue == m_currentQueue && c.window == 0)
        return Problem::SameQueueWithoutWindow;
    return Problem::None;
}

QString TransferDialog::describe(Problem problem) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NothingChosen:
        return tr("Choose another queue, a window, or both.");
    case Problem::SameQueueWithoutWindow:
        return tr("The ticket is already in this queue. Choose another queue, or a window.");
    case Problem::OwnWindow:
        return tr("The ticket cannot be transferred to this window itself.");
    case Problem::NoMatch:
        return tr("No queue matches “%1”.").arg(m_filter->text().trimmed());
    }
    return {};
}

// Mistakes the clerk just made show at once; "nothing chosen yet" only when they try to send.
void TransferDialog::showLiveProblem()
{
    const Problem p = problem();
    if (p == Problem::None || p == Problem::NothingChosen) {
        m_error->hide();
        return;
    }
    m_error->setText(describe(p));
    m_error->show();
}

QString TransferDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TransferDialog::accept()
{
    const Problem p = problem();
    if (p != Problem::None) {
        QWidget *focus = m_filter;
        if (p == Problem::OwnWindow || p == Problem::SameQueueWithoutWindow)
            focus = m_windows;
        showError(describe(p), focus);
        return;
    }
    QDialog::accept();
}

void TransferDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
}

// The arrow keys in the filter field move through the list, so the clerk never leaves the
// keyboard's home row to pick a match.
bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_queues, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace halldesk
