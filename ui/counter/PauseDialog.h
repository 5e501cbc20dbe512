#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace halldesk {

// The clerk pauses the window and says why; the reason is shown on the hall boards. The usual
// reasons are one key away (1–5), "Other" takes a short free text.
class PauseDialog : public QDialog
{
    Q_OBJECT

public:
    enum Reason
    {
        LunchBreak,
        Meeting,
        SteppingAway,
        Training,
        Other
    };

    explicit PauseDialog(QWidget *parent = nullptr);

    // The text to send with the pause, in the user's language: the chosen reason as shown, or
    // the free text for "Other". Empty while nothing valid is chosen.
    QString reason() const;
    // -1 while none is chosen.
    int chosenReason() const;
    void choose(Reason reason);
    QString errorText() const;

    void accept() override;

    static constexpr int MaxReasonLength = 100; // PROTOCOL.md §5.13

private:
    static QString reasonText(Reason reason);
    void showError(const QString &message, QWidget *focus);

    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
    QLineEdit *m_otherText = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace halldesk
