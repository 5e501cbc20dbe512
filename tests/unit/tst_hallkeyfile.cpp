#include "FileTestHelpers.h"
#include "crypto/HallKeyFile.h"
#include "crypto/PersonalDataCipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using halldesk::HallKeyFile;
using halldesk::PersonalDataCipher;

using halldesk::test::contents;
using halldesk::test::modeOf;
using halldesk::test::ScopedUmask;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestHallKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void createsOwnerOnlyKey();
    void reloadsSameKey();
    void createdKeysAreRandom();
    void createsMissingFolder();
    void errorMessageIsOptional();
    void refusesWrongSize_data();
    void refusesWrongSize();
    void refusesDirectory();
    void refusesEmptyPath();
    void refusesDanglingSymlink();
};

void TestHallKeyFile::createsOwnerOnlyKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.key"));

    std::optional<QByteArray> key;
    QString error;
    {
        const ScopedUmask permissive(0);
        key = HallKeyFile::loadOrCreate(path, &error);
    }
    QVERIFY2(key.has_value(), qPrintable(error));
    QCOMPARE(key->size(), PersonalDataCipher::KeyBytes);
    QCOMPARE(contents(path), *key);
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(QFileInfo(path).permissions() &
                 ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // No temporary file left next to the key.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("hall.key")});
    // Usable as a cipher key.
    PersonalDataCipher cipher(*key);
    QCOMPARE(*cipher.decrypt(cipher.encrypt("x")), QByteArray("x"));
}

void TestHallKeyFile::reloadsSameKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.key"));

    QString error;
    const std::optional<QByteArray> created = HallKeyFile::loadOrCreate(path, &error);
    QVERIFY2(created.has_value(), qPrintable(error));
    const std::optional<QByteArray> loaded = HallKeyFile::loadOrCreate(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QCOMPARE(*loaded, *created);
    QCOMPARE(contents(path), *created);

    // A key written by someone else (restored from backup) is read, not replaced.
    QByteArray restored(PersonalDataCipher::KeyBytes, '\x5a');
    QVERIFY(writeFile(path, restored));
    const std::optional<QByteArray> reloaded = HallKeyFile::loadOrCreate(path, &error);
    QVERIFY2(reloaded.has_value(), qPrintable(error));
    QCOMPARE(*reloaded, restored);
}

void TestHallKeyFile::createdKeysAreRandom()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto first = HallKeyFile::loadOrCreate(dir.filePath(QStringLiteral("a.key")), nullptr);
    const auto second = HallKeyFile::loadOrCreate(dir.filePath(QStringLiteral("b.key")), nullptr);
    QVERIFY(first.has_value());
    QVERIFY(second.has_value());
    QVERIFY(*first != *second);
    QVERIFY(*first != QByteArray(PersonalDataCipher::KeyBytes, '\0'));
}

void TestHallKeyFile::createsMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("var/lib/halldesk/hall.key"));
    QString error;
    const std::optional<QByteArray> key = HallKeyFile::loadOrCreate(path, &error);
    QVERIFY2(key.has_value(), qPrintable(error));
    QCOMPARE(contents(path), *key);
}

void TestHallKeyFile::errorMessageIsOptional()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.key"));
    QVERIFY(writeFile(path, "short"));
    QVERIFY(!HallKeyFile::loadOrCreate(path, nullptr).has_value());
}

void TestHallKeyFile::refusesWrongSize_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("one byte short") << QByteArray(PersonalDataCipher::KeyBytes - 1, '\x11');
    QTest::newRow("one byte long") << QByteArray(PersonalDataCipher::KeyBytes + 1, '\x22');
    QTest::newRow("AES half only") << QByteArray(32, '\x33');
    QTest::newRow("hex text") << QByteArray(PersonalDataCipher::KeyBytes, '\x44').toHex();
}

void TestHallKeyFile::refusesWrongSize()
{
    QFETCH(QByteArray, existing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.key"));
    QVERIFY(writeFile(path, existing));
    const QDateTime modified = QFileInfo(path).lastModified();

    QString error;
    QVERIFY(!HallKeyFile::loadOrCreate(path, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QString::number(existing.size())), qPrintable(error));
    // Never overwrite: the data may be the only copy of a damaged key.
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(contents(path), existing);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("hall.key")});
}

void TestHallKeyFile::refusesDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.key"));
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!HallKeyFile::loadOrCreate(path, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
}

void TestHallKeyFile::refusesEmptyPath()
{
    QString error;
    QVERIFY(!HallKeyFile::loadOrCreate(QString(), &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestHallKeyFile::refusesDanglingSymlink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The target's folder exists, so following the link would succeed in creating a key there.
    const QString target = dir.filePath(QStringLiteral("elsewhere.key"));
    const QString path = dir.filePath(QStringLiteral("hall.key"));
    QVERIFY(QFile::link(target, path));
    QString error;
    QVERIFY(!HallKeyFile::loadOrCreate(path, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(path).isSymLink());
}

QTEST_GUILESS_MAIN(TestHallKeyFile)
#include "tst_hallkeyfile.moc"
