#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// The board program's command line.
struct BoardOptions
{
    Q_DECLARE_TR_FUNCTIONS(BoardOptions)

public:
    bool demo = false;
    QString configPath; // the settings file (BoardSettings)
    bool windowed = false;
    bool silent = false;

    // nullopt: the program should end with *exitCode (help, version, a bad option).
    static std::optional<BoardOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace halldesk
