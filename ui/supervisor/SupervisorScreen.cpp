#include "supervisor/SupervisorScreen.h"

#include "supervisor/AlertsPanel.h"
#include "supervisor/QueueTableModel.h"
#include "supervisor/QueuesPanel.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorStatusLine.h"
#include "supervisor/WindowGrid.h"
#include "supervisor/WindowGridModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace halldesk {

SupervisorScreen::SupervisorScreen(HallMonitor &hall, AlertMonitor &alerts,
                                   WindowGridModel &windows, QueueTableModel &queues,
                                   AlertSound *sound, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_windowModel(windows)
    , m_queueModel(queues)
{
    setWindowTitle(tr("HallDesk supervisor console"));
    setFont(SupervisorLook::font(SupervisorLook::TextPx));

    auto *gridTitle = new QLabel(tr("Windows"));
    gridTitle->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_grid = new WindowGrid(windows);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_areaChoice = new QComboBox;
    m_areaChoice->setMinimumContentsLength(12);
    m_areaChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *areaLabel = new QLabel(tr("&Area"));
    areaLabel->setBuddy(m_areaChoice);
    m_signedInOnly = new QCheckBox(tr("&Signed-in windows only"));
    auto *gridBar = new QHBoxLayout;
    gridBar->setSpacing(10);
    gridBar->addWidget(gridTitle);
    gridBar->addStretch(1);
    gridBar->addWidget(areaLabel);
    gridBar->addWidget(m_areaChoice);
    gridBar->addSpacing(8);
    gridBar->addWidget(m_signedInOnly);
    connect(m_grid, &WindowGrid::areasChanged, this, &SupervisorScreen::fillAreaChoice);
    connect(m_areaChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QString area = m_areaChoice->currentData().toString();
        m_grid->setAreaFilter(area);
        m_queues->setAreaFilter(area);
    });
    connect(m_signedInOnly, &QCheckBox::toggled, m_grid, &WindowGrid::setSignedInOnly);

    auto *left = new QVBoxLayout;
    left->addLayout(gridBar);
    left->addWidget(scroll, 1);

    m_queues = new QueuesPanel(queues);
    fillAreaChoice();
    m_alerts = new AlertsPanel(alerts, hall, sound);
    auto *side = new QWidget;
    side->setFixedWidth(SupervisorLook::SideWidth);
    auto *right = new QVBoxLayout(side);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_queues, 3);
    right->addWidget(m_alerts, 2);

    auto *panels = new QHBoxLayout;
    panels->setContentsMargins(12, 8, 12, 8);
    panels->setSpacing(12);
    panels->addLayout(left, 1);
    panels->addWidget(side);

    m_status = new SupervisorStatusLine(hall, clock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(panels, 1);
    layout->addWidget(m_status);

    connect(&m_ticker, &QTimer::timeout, this, &SupervisorScreen::tick);
    m_ticker.start(1000);
}

void SupervisorScreen::fillAreaChoice()
{
    const QString chosen = m_grid->areaFilter();
    const QSignalBlocker quiet(m_areaChoice);
    m_areaChoice->clear();
    m_areaChoice->addItem(tr("All areas"), QString());
    for (const auto &[code, title] : m_grid->areas())
        m_areaChoice->addItem(title, code);
    const int index = m_areaChoice->findData(chosen);
    m_areaChoice->setCurrentIndex(std::max(0, index));
    // The hall no longer has the chosen area: show them all rather than nothing.
    if (index < 0) {
        m_grid->setAreaFilter(QString());
        m_queues->setAreaFilter(QString());
    }
}

void SupervisorScreen::tick()
{
    m_windowModel.tick();
    m_queueModel.tick();
    m_status->refresh();
}

} // namespace halldesk
