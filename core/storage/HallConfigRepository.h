#pragma once

#include "hall/HallDefinition.h"

namespace halldesk {

class Database;

// Writes a hall's structure (areas, queues, windows, staff) into the database.
class HallConfigRepository
{
public:
    explicit HallConfigRepository(Database &database);

    bool isEmpty();
    // Installs the hall in one transaction if the database has none yet; returns whether it
    // did. Throws StorageError, leaving the database as it was.
    bool installIfEmpty(const HallDefinition &hall);
    int count(const QString &table);

private:
    Database &m_database;
};

} // namespace halldesk
