#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace halldesk {

// The clerk signs in to the window. The dialog only collects the credentials: on accept it
// emits signInRequested() and waits, busy, for its owner to report the server's answer with
// succeed() or fail(). Cancel stays available while busy so a clerk is never stuck behind a
// slow server; the owner then ignores the late answer.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setWindowNumber(int window);
    void setConnectionText(const QString &text);
    // Pre-fills the staff number (e.g. the last clerk of this window); the password gets focus.
    void setStaffNo(const QString &staffNo);

    QString staffNo() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    void setBusy(bool busy);
    // The server accepted the credentials: the dialog closes as accepted.
    void succeed();
    // The server refused them: the message is shown, the password cleared and focused.
    void fail(const QString &message);

    void accept() override;

    static constexpr int MaxStaffNoLength = 32;
    static constexpr int MaxPasswordLength = 256;

signals:
    void signInRequested(const QString &staffNo, const QString &password);

private:
    void showError(const QString &message, QLineEdit *focus);

    QLabel *m_windowLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLineEdit *m_staffNo = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
};

} // namespace halldesk
