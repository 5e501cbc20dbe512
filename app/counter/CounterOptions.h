#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace halldesk {

// The counter program's command line.
struct CounterOptions
{
    Q_DECLARE_TR_FUNCTIONS(CounterOptions)

public:
    bool demo = false;
    int demoWindow = 1;
    QString configPath; // the settings file (CounterSettings)
    QString storePath;  // the terminal store
    bool printReady = false;

    // nullopt: the program should end with *exitCode (help, version, a bad option).
    static std::optional<CounterOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace halldesk
