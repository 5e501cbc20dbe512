#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// The hall's personal-data key (PersonalDataCipher::KeyBytes) on disk. Losing or replacing it
// makes every stored ID number and phone number unreadable, so an existing file is only ever
// read, never repaired or regenerated.
class HallKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(HallKeyFile)

public:
    // Reads the key at path, or creates a new random key there (owner read/write only,
    // written atomically) if no file exists. On failure returns nullopt and, if errorMessage
    // is not null, sets it to a translated explanation.
    static std::optional<QByteArray> loadOrCreate(const QString &path, QString *errorMessage);
};

} // namespace halldesk
