#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace halldesk {

class SupervisorStation;

// The supervisor's sign-in (staff number and password) before the console opens. A refusal is
// said in words under the fields (wrong password, account locked, a clerk's account) and the
// dialog stays for another try; it is accepted once the server has signed the supervisor in.
class SupervisorLoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SupervisorLoginDialog(SupervisorStation &station, QWidget *parent = nullptr);

    QLineEdit *staffNoEdit() const { return m_staffNo; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString problemText() const;
    // Opened again after the session ended: why, in words, and who was signed in, so only the
    // password is left to type.
    void prepareAgain(const QString &why, const QString &staffNo);

private:
    void signIn();

    SupervisorStation &m_station;
    QLineEdit *m_staffNo = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_waiting = nullptr;
};

} // namespace halldesk
