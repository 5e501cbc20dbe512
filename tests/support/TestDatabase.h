#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace halldesk::test {

// A fresh, empty database for one test: a file in a temporary directory for SQLite, or a new
// database on the PostgreSQL server named by HALLDESK_TEST_PG_URL (dropped afterwards).
// Which back-end a test binary exercises comes from HALLDESK_TEST_BACKEND (sqlite by default),
// so CTest can run the same engine tests against both.
class TestDatabase
{
public:
    static Backend backendUnderTest();
    static QString backendName();

    explicit TestDatabase(Backend backend = backendUnderTest());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const DatabaseUrl &url() const { return m_url; }
    QString directory() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    DatabaseUrl m_admin;
    QString m_error;
};

} // namespace halldesk::test
