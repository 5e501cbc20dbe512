#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace halldesk {

// One 差评 follow-up in full on the supervisor's list: the service it is about, the citizen's
// reasons and comment, what was done so far, and the steps that can come next, each needing a
// note of what was done (PROTOCOL.md §12.7).
class FollowUpDetail : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpDetail(QWidget *parent = nullptr);

    void showFollowUp(const QJsonObject &followUp);
    void setBusy(bool busy);
    void showProblem(const QString &problem);
    QString note() const;
    void clearNote();

    QPushButton *actionButton(const QString &action) const;
    QString summaryText() const;
    QString historyText() const;

signals:
    void actionChosen(const QString &action);

private:
    void updateButtons();

    QJsonObject m_followUp;
    QLabel *m_summary = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_problem = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QList<QPushButton *> m_buttons;
    bool m_busy = false;
};

} // namespace halldesk
