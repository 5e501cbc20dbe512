#include "counter/CounterSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace halldesk {

namespace {

QString readableProblem(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return CounterSettings::tr("The %1 is not set.").arg(what);
    const QFileInfo info(path);
    if (!info.exists())
        return CounterSettings::tr("The %1 %2 does not exist.").arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return CounterSettings::tr("The %1 %2 cannot be read.").arg(what, path);
    return {};
}

} // namespace

QString CounterSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/counter.conf");
}

CounterSettings CounterSettings::load(const QString &path)
{
    CounterSettings s;
    s.path = path;
    QSettings ini(path, QSettings::IniFormat);
    s.serverUrl = QUrl(ini.value(QStringLiteral("server/url")).toString());
    s.tls.caFile = ini.value(QStringLiteral("tls/ca")).toString();
    s.tls.certificateFile = ini.value(QStringLiteral("tls/certificate")).toString();
    s.tls.keyFile = ini.value(QStringLiteral("tls/key")).toString();
    s.window = ini.value(QStringLiteral("terminal/window"), 0).toInt();
    s.voiceEnabled = ini.value(QStringLiteral("voice/enabled"), true).toBool();
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), 0.0).toDouble(), 1.0);
    s.voiceVolume = qBound(0.0, ini.value(QStringLiteral("voice/volume"), 1.0).toDouble(), 1.0);
    s.speechEngine = ini.value(QStringLiteral("voice/engine")).toString();
    s.hallName =
        ini.value(QStringLiteral("notice/hall"), tr("Government Service Centre")).toString();
    s.hallAddress = ini.value(QStringLiteral("notice/address")).toString();
    s.hallPhone = ini.value(QStringLiteral("notice/phone")).toString();
    s.padTls.caFile = s.tls.caFile;
    s.padTls.certificateFile = ini.value(QStringLiteral("pad/certificate")).toString();
    s.padTls.keyFile = ini.value(QStringLiteral("pad/key")).toString();
    s.padScreen = ini.value(QStringLiteral("pad/screen"), true).toBool();
    return s;
}

bool CounterSettings::save(QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("server/url"), serverUrl.toString());
    ini.setValue(QStringLiteral("tls/ca"), tls.caFile);
    ini.setValue(QStringLiteral("tls/certificate"), tls.certificateFile);
    ini.setValue(QStringLiteral("tls/key"), tls.keyFile);
    ini.setValue(QStringLiteral("terminal/window"), window);
    ini.setValue(QStringLiteral("voice/enabled"), voiceEnabled);
    ini.setValue(QStringLiteral("voice/rate"), voiceRate);
    ini.setValue(QStringLiteral("voice/volume"), voiceVolume);
    ini.setValue(QStringLiteral("voice/engine"), speechEngine);
    ini.setValue(QStringLiteral("notice/hall"), hallName);
    ini.setValue(QStringLiteral("notice/address"), hallAddress);
    ini.setValue(QStringLiteral("notice/phone"), hallPhone);
    ini.setValue(QStringLiteral("pad/certificate"), padTls.certificateFile);
    ini.setValue(QStringLiteral("pad/key"), padTls.keyFile);
    ini.setValue(QStringLiteral("pad/screen"), padScreen);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = tr("The settings could not be saved to %1.").arg(path);
        return false;
    }
    return true;
}

bool CounterSettings::isComplete() const
{
    return serverUrl.isValid() && !serverUrl.host().isEmpty() && !tls.caFile.isEmpty() &&
           !tls.certificateFile.isEmpty() && !tls.keyFile.isEmpty() && window > 0;
}

QString CounterSettings::problem() const
{
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return tr("The hall server's address is not set.");
    if (serverUrl.scheme() != QLatin1String("wss"))
        return tr("The hall server's address must start with wss://.");
    if (window < 1 || window > MaxWindow)
        return tr("The window number must be between 1 and %1.").arg(MaxWindow);
    for (const auto &[file, what] : {std::pair{tls.caFile, tr("hall CA certificate")},
                                     std::pair{tls.certificateFile, tr("terminal certificate")},
                                     std::pair{tls.keyFile, tr("terminal key")}}) {
        const QString p = readableProblem(file, what);
        if (!p.isEmpty())
            return p;
    }
    return {};
}

QUrl CounterSettings::parseServerAddress(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    QUrl url = trimmed.contains(QLatin1String("://"))
                   ? QUrl(trimmed, QUrl::StrictMode)
                   : QUrl(QStringLiteral("wss://") + trimmed, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("wss") && !url.host().isEmpty() &&
        url.path().size() <= 1 && url.port(DefaultPort) > 0) {
        if (url.port() == -1)
            url.setPort(DefaultPort);
        url.setPath(QString());
        return url;
    }
    if (error)
        *error = tr("“%1” is not a hall server address. Type host:port, for example "
                    "10.1.2.3:7443.")
                     .arg(trimmed);
    return {};
}

} // namespace halldesk
