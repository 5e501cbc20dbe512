#pragma once

#include "kiosk/KioskHall.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace halldesk {

// The kiosk's first page: the business areas with the citizens waiting in each, appointment
// check-in, and the help desk's way in for priority groups. When no ticket can be taken now
// (offline, out of paper) it says why in a banner and the choices are disabled.
class KioskHomePage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskHomePage(const QString &hallName, QWidget *parent = nullptr);

    void setAreas(const QList<KioskArea> &areas);
    static QString describe(const KioskArea &area);
    // Empty: tickets can be taken.
    void setProblem(const QString &problem);
    // The priority group the help desk has authorised for the next ticket; empty for none.
    void setPriority(const QString &groupName);

    QList<QPushButton *> areaButtons() const { return m_areaButtons; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *helpDeskButton() const { return m_helpDesk; }
    QLabel *banner() const { return m_banner; }

signals:
    void areaChosen(const QString &area);
    void checkInChosen();
    void helpDeskChosen();
    void priorityCancelled();

private:
    void updateEnabled();

    QLabel *m_banner;
    QLabel *m_priority;
    QPushButton *m_cancelPriority;
    QGridLayout *m_grid;
    QList<QPushButton *> m_areaButtons;
    QPushButton *m_checkIn;
    QPushButton *m_helpDesk;
    QString m_problem;
};

} // namespace halldesk
