#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace halldesk {

class KioskKeypad;

// A page that takes a short code by touch: the resident ID before a ticket (optional, so it
// can be skipped) or an appointment's check-in code. It shows what was typed, and an error in
// words when the code was refused.
class KioskEntryPage : public QWidget
{
    Q_OBJECT

public:
    struct Setup
    {
        QString title;
        QString hint;
        QStringList keys;
        int columns = 3;
        int maxLength = 18;
        QString confirmText;
        QString skipText; // empty: no skip button
    };

    explicit KioskEntryPage(const Setup &setup, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void clear();
    // Shown under the entry; empty hides it.
    void setError(const QString &error);

    QLabel *entryLabel() const { return m_entry; }
    QLabel *errorLabel() const { return m_error; }
    KioskKeypad *keypad() const { return m_keypad; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *backButton() const { return m_back; }

signals:
    void confirmed(const QString &text);
    void skipped();
    void back();

private:
    void refresh();

    int m_maxLength;
    QString m_text;
    QLabel *m_entry;
    QLabel *m_error;
    KioskKeypad *m_keypad;
    QPushButton *m_confirm;
    QPushButton *m_skip = nullptr;
    QPushButton *m_back;
};

} // namespace halldesk
