#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// The supervisor console's command line.
struct SupervisorOptions
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorOptions)

public:
    bool demo = false;
    QString configPath; // the settings file (SupervisorSettings)
    bool windowed = false;

    // nullopt: the program should end with *exitCode (help, version, a bad option).
    static std::optional<SupervisorOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace halldesk
