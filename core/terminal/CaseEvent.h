#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace halldesk {

// One step in a case's history as the server recorded it (PROTOCOL.md §5.28 `events`): who
// did what at which window and when, and the status it moved the case between.
struct CaseEvent
{
    qint64 atMs = 0;
    QString kind; // receive, a decision key (accept, correction, …) or a CaseLifecycle key
    QString staffNo;
    int window = 0;
    QString from; // status keys; empty `from` for the receipt
    QString to;
    QString detail; // a reason, when the step had one

    // Nothing without a time or a kind.
    static std::optional<CaseEvent> fromJson(const QJsonObject &object);
    // The step in the user's language: 接件, 受理, 补正, …
    QString stepName() const;

    Q_DECLARE_TR_FUNCTIONS(CaseEvent)
};

} // namespace halldesk
