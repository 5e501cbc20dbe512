#pragma once

#include "kiosk/KioskHall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace halldesk {

// The queues of one area, each with the citizens waiting, the estimated wait and the windows
// that serve it, so the citizen chooses knowing how long it will take.
class KioskQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskQueuePage(QWidget *parent = nullptr);

    void setArea(const QString &areaName, const QList<KioskQueue> &queues);
    // The button's text for a queue: name, waiting and wait, windows.
    static QString describe(const KioskQueue &queue);

    QList<QPushButton *> queueButtons() const { return m_buttons; }
    QPushButton *backButton() const { return m_back; }

signals:
    void queueChosen(const QString &queue);
    void back();

private:
    QLabel *m_title;
    QVBoxLayout *m_list;
    QList<QPushButton *> m_buttons;
    QPushButton *m_back;
};

} // namespace halldesk
