#include "counter/WindowHeader.h"

#include "counter/CounterController.h"
#include "counter/TicketFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace halldesk {

WindowHeader::WindowHeader(const CounterController &controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_window(new QLabel(this))
    , m_staff(new QLabel(this))
    , m_state(new QLabel(this))
    , m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("windowHeader"));
    m_window->setObjectName(QStringLiteral("windowName"));
    m_state->setObjectName(QStringLiteral("windowState"));
    QFont title = m_window->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_window->setFont(title);
    m_state->setFont(title);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_window);
    layout->addSpacing(24);
    layout->addWidget(m_staff);
    layout->addStretch(1);
    layout->addWidget(m_figures);
    layout->addSpacing(24);
    layout->addWidget(m_state);

    const CounterModel &model = controller.model();
    connect(&model, &CounterModel::windowChanged, this, &WindowHeader::refresh);
    connect(&model, &CounterModel::figuresChanged, this, &WindowHeader::refresh);
    connect(&model, &CounterModel::currentChanged, this, &WindowHeader::refresh);
    connect(&model, &CounterModel::queuesChanged, this, &WindowHeader::refresh);
    connect(&controller, &CounterController::sessionChanged, this, &WindowHeader::refresh);
    refresh();
}

void WindowHeader::refresh()
{
    const CounterModel &model = m_controller.model();
    const CounterWindow &w = model.window();
    QString where = w.name.isEmpty() ? tr("Window %1").arg(w.number) : w.name;
    if (const HallWindow *hw = model.layout().window(w.number))
        if (const HallArea *area = model.layout().area(hw->area))
            where += QStringLiteral(" · ") + area->name;
    m_window->setText(where);

    if (m_controller.hasSession())
        m_staff->setText(
            tr("Clerk: %1 (%2)").arg(m_controller.staffName(), m_controller.staffNo()));
    else
        m_staff->setText(tr("Nobody signed in"));

    QString state;
    QString tone;
    switch (w.state) {
    case WindowState::SignedOut:
        state = tr("Signed out");
        tone = QStringLiteral("off");
        break;
    case WindowState::Paused:
        state = tr("Paused");
        tone = QStringLiteral("paused");
        break;
    case WindowState::Open:
        state = model.current() ? tr("Serving") : tr("Free");
        tone = model.current() ? QStringLiteral("serving") : QStringLiteral("free");
        break;
    }
    m_state->setText(state);
    m_state->setProperty("tone", tone);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);

    const CounterFigures &f = model.figures();
    m_figures->setText(f.served == 0 ? tr("Served today: 0")
                                     : tr("Served today: %1 · average %2")
                                           .arg(f.served)
                                           .arg(TicketFormat::minutes(f.averageServiceMs)));
}

} // namespace halldesk
