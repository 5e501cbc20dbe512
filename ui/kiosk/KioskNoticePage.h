#pragma once

#include "kiosk/KioskTicket.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace halldesk {

// What the kiosk tells the citizen after a touch: "please wait" while the ticket is taken,
// the ticket itself (number, queue, people ahead, estimated wait, windows) with a word on the
// slip, or why no ticket was issued.
class KioskNoticePage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskNoticePage(QWidget *parent = nullptr);

    void showWaiting();
    // `printError` is shown when the slip did not come out: the ticket is valid all the same.
    void showTicket(const KioskTicket &ticket, bool printed, const QString &printError);
    void showMessage(const QString &title, const QString &body);

    QLabel *titleLabel() const { return m_title; }
    QLabel *numberLabel() const { return m_number; }
    QLabel *bodyLabel() const { return m_body; }
    QPushButton *doneButton() const { return m_done; }

signals:
    void done();

private:
    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_body;
    QLabel *m_warning;
    QPushButton *m_done;
};

} // namespace halldesk
