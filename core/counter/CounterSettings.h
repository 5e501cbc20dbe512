#pragma once

#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace halldesk {

// What one counter terminal needs to know about itself, kept in an INI file
// (~/.config/halldesk/counter.conf unless --config names another): where the hall server is,
// the terminal's certificate, which window it stands at, and the clerk's voice preferences.
struct CounterSettings
{
    Q_DECLARE_TR_FUNCTIONS(CounterSettings)

public:
    QUrl serverUrl; // wss://host:port
    TlsFiles tls;
    int window = 0;
    bool voiceEnabled = true;
    double voiceRate = 0.0; // -1 (slow) … 1 (fast); elderly citizens: keep it at or below 0
    double voiceVolume = 1.0;
    QString speechEngine; // empty: Qt's default engine
    // The header of the printed notices: the hall's name, address and phone.
    QString hallName;
    QString hallAddress;
    QString hallPhone;
    // The evaluator pad shown on the counter's second monitor, facing the citizen: its own
    // certificate and key (pad-<window>, the same hall CA), so that the ratings it signs are
    // the pad's and never the counter's. Without them, or with padScreen false, no pad shows.
    TlsFiles padTls;
    bool padScreen = true;
    // The file the settings came from and are saved to.
    QString path;

    static QString defaultPath();
    static CounterSettings load(const QString &path);
    // Atomic (QSettings writes a temporary file and renames it); false with a reason on failure.
    bool save(QString *error = nullptr) const;

    // The connection settings are present (a first run shows the set-up dialog otherwise).
    bool isComplete() const;
    // Empty when the connection settings can be used; otherwise why not, in the user's language.
    QString problem() const;
    // The pad's certificate and key are set (the CA is the counter's).
    bool hasPad() const { return !padTls.certificateFile.isEmpty() && !padTls.keyFile.isEmpty(); }

    // "host:port" or a full wss:// URL, as a clerk or technician types it.
    static QUrl parseServerAddress(const QString &text, QString *error = nullptr);

    static constexpr quint16 DefaultPort = 7443;
    // As far as terminal certificates go (TerminalIdentity: counter-1 … counter-9999).
    static constexpr int MaxWindow = 9999;
};

} // namespace halldesk
