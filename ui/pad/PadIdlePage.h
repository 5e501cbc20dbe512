#pragma once

#include "pad/PadSession.h"

#include <QWidget>

class QLabel;

namespace halldesk {

class StaffPhoto;

// What the citizen sees between ratings: the window, who serves at it (photo, name, staff
// number), the ticket being served and the hall's service commitment (服务承诺).
class PadIdlePage : public QWidget
{
    Q_OBJECT

public:
    explicit PadIdlePage(QWidget *parent = nullptr);

    // The clerk's photo is info.staffPhoto; without one the surname stands in.
    void display(const PadWindowInfo &info);
    // Empty: the default commitment.
    void setCommitment(const QString &text);
    static QString defaultCommitment();

    // For tests and screenshots.
    QString windowText() const;
    QString clerkText() const;
    QString ticketText() const;
    QString commitmentText() const;
    const StaffPhoto *photo() const { return m_photo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PadWindowInfo m_info;
    QString m_commitment;
    QLabel *m_window;
    StaffPhoto *m_photo;
    QLabel *m_name;
    QLabel *m_staffNo;
    QLabel *m_ticket;
    QLabel *m_commitmentText;
};

} // namespace halldesk
