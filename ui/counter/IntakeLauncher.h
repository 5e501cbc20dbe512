#pragma once

#include "notice/NoticeDocumentBuilder.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace halldesk {

class CaseDesk;
class Clock;
class CounterController;
class IntakeDialog;
class WorkingCalendar;

// 受理 at the counter: the action (Ctrl+N) that opens the intake for the ticket being served,
// enabled only when an intake can be finished, with the reason otherwise. The case is kept in
// the terminal store with its notice before anything is printed, so a printed notice always
// belongs to a case that will reach the server. Offline works: the cached catalogue and the
// outbox are enough.
class IntakeLauncher : public QObject
{
    Q_OBJECT

public:
    IntakeLauncher(CounterController &controller, CaseDesk &desk, const WorkingCalendar &calendar,
                   const Clock &clock, NoticeHall hall, QWidget *window);

    QAction *action() const { return m_action; }
    // Empty when the clerk can take an application now; otherwise why not.
    QString unavailableReason() const;
    // The intake being taken, if any.
    IntakeDialog *dialog() const;
    // On by default; tests keep the notice as PDF only.
    void setPrintingEnabled(bool enabled) { m_printing = enabled; }

    void open();
    // The case's notice again, rebuilt from its record: the intake's notice, or the completion
    // receipt of a case finished on `finishedOn`. Printed unless printing is off; the PDF.
    QByteArray reprint(const CaseRecord &record, QDate finishedOn);
    // Availability anew; also when the cached catalogue changed.
    void refresh();

signals:
    // A case is kept on this terminal and on its way to the server.
    void caseKept(const QString &number);

private:
    std::optional<QString> keep(const CaseRecord &record, const QByteArray &noticePdf);
    // The scans of the intake being taken are kept under this draft id until it is confirmed.
    QString m_scanDraft;
    // The case number its last confirmation tried: scans adopted under it before a refusal
    // stay there, and go with it if the intake is given up.
    QString m_triedNumber;

    CounterController &m_controller;
    CaseDesk &m_desk;
    const WorkingCalendar &m_calendar;
    const Clock &m_clock;
    NoticeHall m_hall;
    QWidget *m_window;
    QAction *m_action;
    QPointer<IntakeDialog> m_dialog;
    bool m_printing = true;
};

} // namespace halldesk
