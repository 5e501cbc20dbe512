#pragma once

#include "supervisor/HallAlert.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace halldesk {

// One alert in the alerts panel: what kind, where, when, the text, and 确认.
class AlertRow : public QWidget
{
    Q_OBJECT

public:
    AlertRow(const HallAlert &alert, const QString &place, QWidget *parent = nullptr);

    int alertId() const { return m_id; }
    QString kindText() const;
    QString placeText() const;
    QString text() const;
    QString timeText() const;
    QPushButton *acknowledgeButton() const { return m_acknowledge; }

    static QString kindName(HallAlert::Kind kind);

signals:
    void acknowledgeClicked(int id);

private:
    int m_id = 0;
    QLabel *m_kind = nullptr;
    QLabel *m_place = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_acknowledge = nullptr;
};

} // namespace halldesk
