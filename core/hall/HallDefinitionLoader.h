#pragma once

#include "hall/HallDefinition.h"

#include <QCoreApplication>
#include <optional>

namespace halldesk {

class HallDefinitionLoader
{
    Q_DECLARE_TR_FUNCTIONS(HallDefinitionLoader)

public:
    // Parses and checks a hall file; on a mistake returns nullopt and says what and where.
    static std::optional<HallDefinition> fromJson(const QByteArray &json, QString *error);
    static std::optional<HallDefinition> fromFile(const QString &path, QString *error);
    // The demo hall compiled into the program: 10 areas, 271 windows.
    static HallDefinition demoHall();
};

} // namespace halldesk
