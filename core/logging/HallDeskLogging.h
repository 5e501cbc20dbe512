#pragma once

#include <QLoggingCategory>

// One category per subsystem so operators can turn on, say, storage tracing alone:
// QT_LOGGING_RULES="halldesk.storage.debug=true". Personal data never goes into any of them.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcQueue)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcTerminal)
Q_DECLARE_LOGGING_CATEGORY(lcCounter)
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue)
Q_DECLARE_LOGGING_CATEGORY(lcCase)
Q_DECLARE_LOGGING_CATEGORY(lcNotice)
Q_DECLARE_LOGGING_CATEGORY(lcScan)
Q_DECLARE_LOGGING_CATEGORY(lcRating)
Q_DECLARE_LOGGING_CATEGORY(lcPad)
Q_DECLARE_LOGGING_CATEGORY(lcBoard)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcSupervisor)
