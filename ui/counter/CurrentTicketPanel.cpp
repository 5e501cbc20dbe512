#include "counter/CurrentTicketPanel.h"

#include "counter/CounterModel.h"
#include "counter/TicketFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace halldesk {

CurrentTicketPanel::CurrentTicketPanel(const CounterModel &model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_caption(new QLabel(this))
    , m_number(new QLabel(this))
    , m_service(new QLabel(this))
    , m_times(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("currentTicketPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_caption->setObjectName(QStringLiteral("panelCaption"));
    m_number->setObjectName(QStringLiteral("currentNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 4.5);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setMinimumHeight(QFontMetrics(big).height());
    for (QLabel *label : {m_service, m_times, m_notes}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    QFont larger = m_service->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    m_service->setFont(larger);
    m_times->setFont(larger);
    m_notes->setObjectName(QStringLiteral("ticketNotes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    layout->addWidget(m_number);
    layout->addWidget(m_service);
    layout->addWidget(m_times);
    layout->addWidget(m_notes);
    layout->addStretch(1);

    connect(&m_model, &CounterModel::currentChanged, this, &CurrentTicketPanel::refresh);
    connect(&m_model, &CounterModel::windowChanged, this, &CurrentTicketPanel::refresh);
    connect(&m_model, &CounterModel::reset, this, &CurrentTicketPanel::refresh);
    refresh();
}

void CurrentTicketPanel::refresh()
{
    const auto &current = m_model.current();
    m_caption->setText(tr("Now serving"));
    if (current) {
        m_number->setText(current->number);
        m_number->setEnabled(true);
        QString service = m_model.layout().queueName(current->queueCode);
        if (current->priority != PriorityGroup::None)
            service += QStringLiteral(" · ") +
                       tr("Priority: %1").arg(TicketFormat::priority(current->priority));
        m_service->setText(service);
        QStringList notes;
        if (current->recallCount > 0)
            notes << tr("Recalled %n time(s)", nullptr, current->recallCount);
        if (!current->transferComment.isEmpty())
            notes << tr("Note: %1").arg(current->transferComment);
        m_notes->setText(notes.join(QStringLiteral("  ·  ")));
    } else {
        m_number->setText(QStringLiteral("—"));
        m_number->setEnabled(false);
        const CounterWindow &w = m_model.window();
        switch (w.state) {
        case WindowState::SignedOut:
            m_service->setText(tr("Nobody is signed in at this window."));
            break;
        case WindowState::Paused:
            m_service->setText(
                w.pauseReason.isEmpty()
                    ? tr("Paused. Press F8 to resume service.")
                    : tr("Paused (%1). Press F8 to resume service.").arg(w.pauseReason));
            break;
        case WindowState::Open:
            m_service->setText(tr("Free. Press F1 to call the next citizen."));
            break;
        }
        m_notes->clear();
    }
    tick();
}

void CurrentTicketPanel::tick()
{
    const auto &current = m_model.current();
    if (!current) {
        m_times->clear();
        return;
    }
    const qint64 now = m_model.serverNowMs();
    const qint64 called = current->calledAtMs > 0 ? current->calledAtMs : now;
    m_times->setText(tr("Waited %1 · In service %2")
                         .arg(TicketFormat::duration(called - current->issuedAtMs),
                              TicketFormat::duration(now - called)));
}

} // namespace halldesk
