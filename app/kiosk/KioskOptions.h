#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// The kiosk program's command line.
struct KioskOptions
{
    Q_DECLARE_TR_FUNCTIONS(KioskOptions)

public:
    bool demo = false;
    QString configPath; // the settings file (KioskSettings)
    QString storePath;  // the terminal store (KioskStation::defaultStorePath())
    bool windowed = false;
    bool silent = false;

    // nullopt: the program should end with *exitCode (help, version, a bad option).
    static std::optional<KioskOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace halldesk
