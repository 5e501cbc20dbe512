#include "terminal/TerminalSchema.h"

#include <algorithm>

namespace halldesk {

QList<TerminalSchema::Step> TerminalSchema::steps()
{
    return {
        {1,
         {
             // Small named values (the last snapshot, the session token, the last sync time).
             QStringLiteral("CREATE TABLE store_state (name TEXT PRIMARY KEY, value BLOB NOT NULL, "
                            "updated_at_ms INTEGER NOT NULL)"),
             // Changes the server has not confirmed. AUTOINCREMENT: a sequence number is never
             // used twice, so "oldest first" holds even after the newest entry was removed.
             QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "request_key TEXT NOT NULL UNIQUE, op TEXT NOT NULL, args TEXT NOT "
                            "NULL, created_at_ms INTEGER NOT NULL)"),
         }},
        {2,
         {
             // Rows from before this step keep sealed = 0: their arguments are read as clear
             // JSON. Every row written from now on holds its arguments encrypted.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0"),
             // Cases taken at this counter. The applicant and the form are encrypted with the
             // terminal key; the rest of the case (record) is plain JSON.
             QStringLiteral(
                 "CREATE TABLE terminal_cases (number TEXT PRIMARY KEY, request_key TEXT NOT NULL "
                 "UNIQUE, service_day TEXT NOT NULL, window INTEGER NOT NULL, state TEXT NOT NULL "
                 "CHECK (state IN ('pending', 'sent', 'refused')), record TEXT NOT NULL, "
                 "applicant TEXT NOT NULL, form TEXT NOT NULL, status TEXT, due_date TEXT, "
                 "verification_due TEXT, error_code TEXT, error_detail TEXT, updated_at_ms "
                 "INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX terminal_cases_day ON terminal_cases (service_day)"),
             // The printed notices, encrypted, so that one can be printed again offline.
             QStringLiteral("CREATE TABLE terminal_case_notices (number TEXT NOT NULL REFERENCES "
                            "terminal_cases (number), kind TEXT NOT NULL, pdf TEXT NOT NULL, "
                            "created_at_ms INTEGER NOT NULL, PRIMARY KEY (number, kind))"),
             // A keyed fingerprint of the terminal key (TerminalKey): tells a lost or wrong key
             // file without holding anything that helps to find the key.
             QStringLiteral("CREATE TABLE terminal_key (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "fingerprint TEXT NOT NULL)"),
             // The last case sequence given out per window and service day.
             QStringLiteral("CREATE TABLE case_sequences (window INTEGER NOT NULL, service_day "
                            "TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (window, "
                            "service_day))"),
         }},
        {3,
         {
             // Scanned materials (MaterialScanStore): the sealed PDF's file under scans/, the
             // digest the case records, and whether the server has it.
             QStringLiteral(
                 "CREATE TABLE material_scans (case_number TEXT NOT NULL, material_code TEXT NOT "
                 "NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, pages INTEGER NOT NULL, "
                 "file TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('kept', 'uploaded', "
                 "'refused')), kept_at_ms INTEGER NOT NULL, uploaded_at_ms INTEGER, PRIMARY KEY "
                 "(case_number, material_code))"),
         }},
    };
}

int TerminalSchema::latestVersion(const QList<Step> &steps)
{
    int latest = 0;
    for (const Step &step : steps)
        latest = std::max(latest, step.version);
    return latest;
}

} // namespace halldesk
