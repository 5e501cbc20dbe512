#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace halldesk {

class KioskKeypad;

// The help desk's page: a member of staff chooses the priority group (绿色通道) for the
// citizen beside them and confirms it with their staff number and PIN, or by swiping their
// staff card (the card reader types the card number and Enter, as a keyboard does). The
// server checks the authorisation with the ticket; this page only collects it.
class KioskHelpDeskPage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskHelpDeskPage(QWidget *parent = nullptr);

    void clear();
    void setError(const QString &error);

    QList<QPushButton *> groupButtons() const { return m_groups; }
    // Shows only these groups (the ones the hall offers, KioskSession).
    void setOfferedGroups(const QStringList &groups);
    QPushButton *staffField() const { return m_staffField; }
    QPushButton *pinField() const { return m_pinField; }
    KioskKeypad *keypad() const { return m_keypad; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *backButton() const { return m_back; }
    // Where a card reader's typing lands.
    QLineEdit *cardInput() const { return m_card; }
    QLabel *errorLabel() const { return m_error; }

signals:
    // `helpDesk` is the issueTicket argument: {"staffNo","pin"} or {"card"}.
    void authorised(const QString &group, const QJsonObject &helpDesk);
    void back();

private:
    QString chosenGroup() const;
    void refresh();

    QList<QPushButton *> m_groups;
    QPushButton *m_staffField;
    QPushButton *m_pinField;
    KioskKeypad *m_keypad;
    QPushButton *m_confirm;
    QPushButton *m_back;
    QLineEdit *m_card;
    QLabel *m_error;
    QString m_staffNo;
    QString m_pin;
    bool m_typingPin = false;
};

} // namespace halldesk
