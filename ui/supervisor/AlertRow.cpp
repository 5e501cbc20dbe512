#include "supervisor/AlertRow.h"

#include "supervisor/SupervisorLook.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace halldesk {

AlertRow::AlertRow(const HallAlert &alert, const QString &place, QWidget *parent)
    : QWidget(parent)
    , m_id(alert.id)
{
    setObjectName(QStringLiteral("alertRow"));
    setAttribute(Qt::WA_StyledBackground);
    // An alert nobody has looked at stands out; an acknowledged one stays listed, quieter.
    setStyleSheet(alert.acknowledged
                      ? QStringLiteral("#alertRow { background: #f2f2f2; border-bottom: 1px solid "
                                       "#d0d0d0; }")
                      : QStringLiteral("#alertRow { background: #fff3e0; border-left: 5px solid "
                                       "%1; border-bottom: 1px solid #d0d0d0; }")
                            .arg(SupervisorLook::problemColor().name()));
    m_kind = new QLabel(kindName(alert.kind));
    m_kind->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_kind->setStyleSheet(alert.acknowledged ? QStringLiteral("color: #555555;")
                                             : SupervisorLook::problemStyleSheet());
    m_place = new QLabel(place);
    m_place->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_time = new QLabel(
        QDateTime::fromMSecsSinceEpoch(alert.raisedAtMs).toString(QStringLiteral("HH:mm:ss")));
    m_time->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_text = new QLabel(alert.text);
    m_text->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_text->setWordWrap(true);
    m_acknowledge = new QPushButton(alert.acknowledged ? tr("Acknowledged") : tr("Acknowledge"));
    m_acknowledge->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_acknowledge->setEnabled(!alert.acknowledged);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { emit acknowledgeClicked(m_id); });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_place, 0, 1);
    layout->addWidget(m_time, 0, 2, Qt::AlignRight);
    layout->addWidget(m_text, 1, 0, 1, 3);
    layout->addWidget(m_acknowledge, 0, 3, 2, 1, Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);
}

QString AlertRow::kindText() const
{
    return m_kind->text();
}

QString AlertRow::placeText() const
{
    return m_place->text();
}

QString AlertRow::text() const
{
    return m_text->text();
}

QString AlertRow::timeText() const
{
    return m_time->text();
}

QString AlertRow::kindName(HallAlert::Kind kind)
{
    switch (kind) {
    case HallAlert::Kind::LongWait:
        return tr("Long wait");
    case HallAlert::Kind::IdleWithWaiting:
        return tr("Idle while citizens wait");
    case HallAlert::Kind::LongService:
        return tr("Long service");
    case HallAlert::Kind::WindowOffline:
        return tr("Counter offline");
    case HallAlert::Kind::BadRating:
        return tr("Bad rating");
    case HallAlert::Kind::OverdueFollowUp:
        return tr("Follow-up overdue");
    }
    return {};
}

} // namespace halldesk
