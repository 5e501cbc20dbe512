#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// The pad program's command line.
struct PadOptions
{
    Q_DECLARE_TR_FUNCTIONS(PadOptions)

public:
    bool demo = false;
    int demoWindow = 1;
    QString configPath; // the settings file (PadSettings)
    QString storePath;  // the pad's own terminal store
    bool windowed = false;

    // nullopt: the program should end with *exitCode (help, version, a bad option).
    static std::optional<PadOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace halldesk
