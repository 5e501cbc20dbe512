#include "logging/HallDeskLogging.h"

Q_LOGGING_CATEGORY(lcStorage, "halldesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "halldesk.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "halldesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "halldesk.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTerminal, "halldesk.terminal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCounter, "halldesk.counter", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpeech, "halldesk.speech", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "halldesk.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCase, "halldesk.case", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotice, "halldesk.notice", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "halldesk.scan", QtInfoMsg)
