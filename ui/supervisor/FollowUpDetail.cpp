#include "supervisor/FollowUpDetail.h"

#include "rating/RatingLevel.h"
#include "rating/RatingReason.h"
#include "supervisor/FollowUpTableModel.h"
#include "supervisor/FollowUpWording.h"
#include "supervisor/SupervisorLook.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace halldesk {

namespace {

constexpr int MaxNoteLength = 500;

QString reasonLabels(const QJsonArray &codes)
{
    const QList<RatingReason> known = RatingReasons::defaults();
    QStringList labels;
    for (const QJsonValue &code : codes) {
        QString label = code.toString();
        for (const RatingReason &reason : known)
            if (reason.code == label)
                label = reason.label;
        labels << label;
    }
    return labels.join(QStringLiteral("、"));
}

} // namespace

FollowUpDetail::FollowUpDetail(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Follow-up"));
    title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history = new QLabel;
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea;
    auto *texts = new QWidget;
    auto *textLayout = new QVBoxLayout(texts);
    textLayout->addWidget(m_summary);
    textLayout->addWidget(m_history);
    textLayout->addStretch(1);
    scroll->setWidget(texts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *noteLabel =
        new QLabel(tr("&What was done (required, at most %n characters)", nullptr, MaxNoteLength));
    m_note = new QPlainTextEdit;
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(110);
    noteLabel->setBuddy(m_note);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(SupervisorLook::problemStyleSheet(QFont::Bold));
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    const QStringList actions = FollowUpWording::actions();
    for (int i = 0; i < actions.size(); ++i) {
        auto *button = new QPushButton(FollowUpWording::actionName(actions[i]));
        button->setProperty("action", actions[i]);
        button->setMinimumHeight(40);
        connect(button, &QPushButton::clicked, this,
                [this, action = actions[i]] { emit actionChosen(action); });
        buttons->addWidget(button);
        m_buttons << button;
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, &FollowUpDetail::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    showFollowUp(QJsonObject());
}

void FollowUpDetail::showFollowUp(const QJsonObject &followUp)
{
    const bool sameOne =
        followUp.value(QLatin1String("id")) == m_followUp.value(QLatin1String("id"));
    m_followUp = followUp;
    if (!sameOne)
        clearNote();
    m_problem->hide();
    if (followUp.isEmpty()) {
        m_summary->setText(tr("Choose a follow-up in the list."));
        m_history->clear();
        updateButtons();
        return;
    }
    const auto level =
        RatingLevels::fromStorageName(followUp.value(QLatin1String("level")).toString());
    QStringList lines;
    lines
        << tr("Window %1 · staff %2 · ticket %3")
               .arg(followUp.value(QLatin1String("window")).toInt())
               .arg(followUp.value(QLatin1String("staffNo")).toString(),
                    followUp.value(QLatin1String("ticketNumber")).toString())
        << tr("Rating: %1").arg(level ? RatingLevels::displayName(*level) : QString())
        << tr("Reasons: %1").arg(reasonLabels(followUp.value(QLatin1String("reasons")).toArray()));
    const QString comment = followUp.value(QLatin1String("comment")).toString();
    if (!comment.isEmpty())
        lines << tr("Comment: %1").arg(comment);
    lines << tr("State: %1")
                 .arg(FollowUpWording::stateName(followUp.value(QLatin1String("state")).toString()))
          << FollowUpTableModel::dueText(followUp);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    QStringList history;
    for (const QJsonValue &value : followUp.value(QLatin1String("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(qint64(note.value(QLatin1String("atMs")).toDouble()));
        history << tr("%1 %2 → %3: %4")
                       .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            note.value(QLatin1String("staffNo")).toString(),
                            FollowUpWording::stateName(
                                note.value(QLatin1String("state")).toString()),
                            note.value(QLatin1String("text")).toString());
    }
    m_history->setText(history.isEmpty() ? tr("Nothing done yet.")
                                         : tr("Done so far:") + QLatin1Char('\n') +
                                               history.join(QLatin1Char('\n')));
    updateButtons();
}

void FollowUpDetail::updateButtons()
{
    const QStringList allowed =
        m_followUp.isEmpty() ? QStringList() : FollowUpTableModel::allowedActions(m_followUp);
    const QString text = note();
    const bool noteOk = !text.isEmpty() && text.size() <= MaxNoteLength;
    for (QPushButton *button : m_buttons) {
        const bool possible = allowed.contains(button->property("action").toString());
        button->setVisible(possible);
        button->setEnabled(possible && noteOk && !m_busy);
    }
    m_note->setEnabled(!m_followUp.isEmpty() && !allowed.isEmpty());
}

void FollowUpDetail::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void FollowUpDetail::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString FollowUpDetail::note() const
{
    return m_note->toPlainText().trimmed();
}

void FollowUpDetail::clearNote()
{
    m_note->clear();
}

QPushButton *FollowUpDetail::actionButton(const QString &action) const
{
    for (QPushButton *button : m_buttons)
        if (button->property("action").toString() == action)
            return button;
    return nullptr;
}

QString FollowUpDetail::summaryText() const
{
    return m_summary->text();
}

QString FollowUpDetail::historyText() const
{
    return m_history->text();
}

} // namespace halldesk
