#pragma once

#include <QByteArray>
#include <QString>

namespace halldesk {

// Writes `bytes` so that either the whole file is at `path` or nothing changed there: into a
// temporary file beside it first, which replaces `path` once complete (QSaveFile). A document a
// supervisor or a clerk saves is never left half-written by a full disk or a crash. False with
// the system's reason in *error.
bool writeWholeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace halldesk
