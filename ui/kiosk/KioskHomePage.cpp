#include "kiosk/KioskHomePage.h"

#include "kiosk/KioskLook.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

KioskHomePage::KioskHomePage(const QString &hallName, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(28);

    auto *hall = new QLabel(hallName, this);
    hall->setObjectName(QStringLiteral("kioskHint"));
    hall->setFont(KioskLook::font(KioskLook::BodyPx, true));
    hall->setAlignment(Qt::AlignCenter);
    hall->setWordWrap(true);
    layout->addWidget(hall);

    auto *title = new QLabel(tr("Please choose the service you need"), this);
    title->setObjectName(QStringLiteral("kioskTitle"));
    title->setFont(KioskLook::font(KioskLook::TitlePx, true));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("kioskBanner"));
    m_banner->setFont(KioskLook::font(KioskLook::BodyPx, true));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *priorityRow = new QHBoxLayout;
    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("kioskBanner"));
    m_priority->setFont(KioskLook::font(KioskLook::BodyPx, true));
    m_priority->setWordWrap(true);
    m_cancelPriority = KioskLook::button(tr("Cancel"), "kioskSecondary", this);
    connect(m_cancelPriority, &QPushButton::clicked, this, &KioskHomePage::priorityCancelled);
    priorityRow->addWidget(m_priority, 1);
    priorityRow->addWidget(m_cancelPriority);
    layout->addLayout(priorityRow);
    m_priority->hide();
    m_cancelPriority->hide();

    m_grid = new QGridLayout;
    m_grid->setSpacing(24);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    m_checkIn = KioskLook::button(tr("Appointment check-in"), "kioskPrimary", this);
    m_checkIn->setMinimumHeight(140);
    connect(m_checkIn, &QPushButton::clicked, this, &KioskHomePage::checkInChosen);
    layout->addWidget(m_checkIn);

    m_helpDesk =
        KioskLook::button(tr("Help desk: priority tickets (staff only)"), "kioskSecondary", this);
    m_helpDesk->setFont(KioskLook::font(KioskLook::DetailPx, true));
    connect(m_helpDesk, &QPushButton::clicked, this, &KioskHomePage::helpDeskChosen);
    layout->addWidget(m_helpDesk);
}

QString KioskHomePage::describe(const KioskArea &area)
{
    return area.name + u'\n' + tr("%n waiting", nullptr, area.waiting);
}

void KioskHomePage::setAreas(const QList<KioskArea> &areas)
{
    // The figures change while a finger may be on a button: the same areas keep their buttons.
    bool same = areas.size() == m_areaButtons.size();
    for (qsizetype i = 0; same && i < areas.size(); ++i)
        same = m_areaButtons.at(i)->property("area").toString() == areas.at(i).code;
    if (same) {
        for (qsizetype i = 0; i < areas.size(); ++i)
            m_areaButtons.at(i)->setText(describe(areas.at(i)));
        return;
    }
    qDeleteAll(m_areaButtons);
    m_areaButtons.clear();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const KioskArea &area = areas.at(i);
        auto *button = KioskLook::button(describe(area), "kioskChoice", this);
        button->setMinimumHeight(180);
        button->setProperty("area", area.code);
        const QString code = area.code;
        connect(button, &QPushButton::clicked, this, [this, code] { emit areaChosen(code); });
        m_grid->addWidget(button, int(i / 2), int(i % 2));
        m_areaButtons.append(button);
    }
    updateEnabled();
}

void KioskHomePage::setProblem(const QString &problem)
{
    m_problem = problem;
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
    updateEnabled();
}

void KioskHomePage::setPriority(const QString &groupName)
{
    m_priority->setText(tr("Priority ticket for: %1 (confirmed by staff)").arg(groupName));
    m_priority->setVisible(!groupName.isEmpty());
    m_cancelPriority->setVisible(!groupName.isEmpty());
}

void KioskHomePage::updateEnabled()
{
    const bool usable = m_problem.isEmpty();
    for (QPushButton *button : std::as_const(m_areaButtons))
        button->setEnabled(usable);
    m_checkIn->setEnabled(usable);
}

} // namespace halldesk
