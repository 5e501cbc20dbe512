#include "crypto/PersonalDataCipher.h"
#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;

namespace {

constexpr int Chunk = SealedFileFormat::MinChunkBytes;

QByteArray key(char seed = 1)
{
    return QByteArray(SealedFileFormat::KeyBytes, seed);
}

QByteArray randomBytes(qsizetype n, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(random.bounded(256));
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool seal(const QString &path, const QByteArray &plain, QByteArray k = key())
{
    SealedFileWriter writer(std::move(k), path, Chunk);
    return writer.open(QIODevice::WriteOnly) && writer.write(plain) == plain.size() &&
           writer.commit();
}

} // namespace

class TestSealedFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void randomAccessReads();
    void noRecognisableHeaderOrContent();
    void tamperedFilesAreRefused_data();
    void tamperedFilesAreRefused();
    void anotherKeyIsRefused();
    void unfinishedFileIsRefusedAndCanBeContinued();
    void appendRefusesCompleteFile();
    void fullDiskIsReported();
    void fileKeysDifferByPurpose();
};

void TestSealedFile::roundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("one chunk less one") << Chunk - 1;
    QTest::newRow("exactly one chunk") << Chunk;
    QTest::newRow("exactly three chunks") << 3 * Chunk;
    QTest::newRow("three and a half chunks") << 3 * Chunk + Chunk / 2;
}

void TestSealedFile::roundTrip()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    const QByteArray plain = randomBytes(size);
    QVERIFY(seal(path, plain));
    const qint64 chunks = size / Chunk + 1;
    QCOMPARE(QFileInfo(path).size(),
             SealedFileFormat::HeaderBytes + size + chunks * SealedFileFormat::OverheadBytes);
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QString error;
    const auto back = SealedFileReader::readAll(key(), path, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, plain);
}

void TestSealedFile::randomAccessReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    const QByteArray plain = randomBytes(5 * Chunk + 123);
    QVERIFY(seal(path, plain));
    SealedFileReader reader(key(), path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QCOMPARE(reader.size(), plain.size());
    for (const qint64 at :
         {qint64(3 * Chunk - 5), qint64(17), qint64(5 * Chunk + 100), qint64(0)}) {
        QVERIFY(reader.seek(at));
        QCOMPARE(reader.read(40), plain.mid(at, 40));
    }
    QVERIFY(reader.atEnd() == false);
    QVERIFY(reader.seek(plain.size()));
    QVERIFY(reader.read(10).isEmpty());
}

void TestSealedFile::noRecognisableHeaderOrContent()
{
    // What an ID-card scan looks like at rest: no %PDF, JPEG or PNG signature, and none of its
    // plaintext.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    QByteArray plain = QByteArrayLiteral("%PDF-1.4\n\xff\xd8\xff\xe0 JFIF \x89PNG\r\n");
    plain += QByteArray(3 * Chunk, 'A') + QByteArrayLiteral("公民身份号码 420202199001011234");
    QVERIFY(seal(path, plain));
    const QByteArray stored = fileBytes(path);
    QVERIFY(stored.startsWith("HDSF"));
    for (const QByteArray &needle :
         {QByteArray("%PDF"), QByteArray("\xff\xd8\xff"), QByteArray("\x89PNG"), QByteArray("JFIF"),
          QByteArray("AAAAAAAA"), QByteArray("420202199001011234")})
        QVERIFY2(!stored.contains(needle), needle.constData());
}

void TestSealedFile::tamperedFilesAreRefused_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("header byte") << 0;
    QTest::newRow("byte in the first chunk") << 1;
    QTest::newRow("byte in the final chunk") << 2;
    QTest::newRow("cut after a whole chunk") << 3;
    QTest::newRow("cut inside the final chunk") << 4;
    QTest::newRow("chunks swapped") << 5;
    QTest::newRow("not a sealed file") << 6;
}

void TestSealedFile::tamperedFilesAreRefused()
{
    QFETCH(int, what);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    const QByteArray plain = randomBytes(2 * Chunk + 50);
    QVERIFY(seal(path, plain));
    QByteArray bytes = fileBytes(path);
    const int sealedChunk = Chunk + SealedFileFormat::OverheadBytes;
    const int first = SealedFileFormat::HeaderBytes;
    switch (what) {
    case 0:
        bytes[20] = char(bytes[20] ^ 1);
        break;
    case 1:
        bytes[first + 100] = char(bytes[first + 100] ^ 1);
        break;
    case 2:
        bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 1);
        break;
    case 3:
        bytes.truncate(first + 2 * sealedChunk);
        break;
    case 4:
        bytes.chop(7);
        break;
    case 5: {
        const QByteArray a = bytes.mid(first, sealedChunk);
        const QByteArray b = bytes.mid(first + sealedChunk, sealedChunk);
        bytes.replace(first, sealedChunk, b);
        bytes.replace(first + sealedChunk, sealedChunk, a);
        break;
    }
    default:
        bytes = QByteArrayLiteral("%PDF-1.4 plain file, never sealed");
    }
    writeFileBytes(path, bytes);
    QString error;
    QVERIFY(!SealedFileReader::readAll(key(), path, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestSealedFile::anotherKeyIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    QVERIFY(seal(path, randomBytes(100)));
    SealedFileReader reader(key(2), path);
    QVERIFY(!reader.open(QIODevice::ReadOnly));
    QVERIFY(!reader.errorString().isEmpty());
    SealedFileWriter writer(key(2), path, Chunk);
    QVERIFY(!writer.openForAppend());
}

void TestSealedFile::unfinishedFileIsRefusedAndCanBeContinued()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    const QByteArray plain = randomBytes(4 * Chunk + 999);
    {
        SealedFileWriter writer(key(), path, Chunk);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        QCOMPARE(writer.write(plain.left(2 * Chunk + 10)), 2 * Chunk + 10);
        QVERIFY(writer.sync());
        QCOMPARE(writer.sealedPlainBytes(), 2 * Chunk);
        // The writer goes away without commit(), as a killed process would.
    }
    QVERIFY(!SealedFileReader::readAll(key(), path).has_value());
    // A chunk cut off half-way, as a power cut in the middle of a write leaves it.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(Chunk / 3, 'x'));
    }
    SealedFileWriter writer(key(), path, Chunk);
    QVERIFY2(writer.openForAppend(), qPrintable(writer.errorString()));
    QCOMPARE(writer.plainBytes(), 2 * Chunk);
    QCOMPARE(writer.chunkBytes(), Chunk);
    QCOMPARE(writer.write(plain.mid(2 * Chunk)), plain.size() - 2 * Chunk);
    QVERIFY(writer.commit());
    QCOMPARE(SealedFileReader::readAll(key(), path).value_or(QByteArray()), plain);
}

void TestSealedFile::appendRefusesCompleteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sealed"));
    QVERIFY(seal(path, randomBytes(Chunk)));
    SealedFileWriter writer(key(), path, Chunk);
    QVERIFY(!writer.openForAppend());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(SealedFileReader::readAll(key(), path).has_value());
}

void TestSealedFile::fullDiskIsReported()
{
    // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QFAIL("/dev/full is missing");
    SealedFileWriter writer(key(), QStringLiteral("/dev/full"), Chunk);
    const bool opened = writer.open(QIODevice::WriteOnly);
    bool failed = !opened;
    if (opened) {
        // Buffered by QFile: the failure shows at the latest on commit().
        failed = writer.write(randomBytes(3 * Chunk)) < 0 || !writer.commit();
    }
    QVERIFY(failed);
    QVERIFY(writer.errorString().contains(QStringLiteral("full")));
}

void TestSealedFile::fileKeysDifferByPurpose()
{
    // Distinct halves, as a real key has: the encryption half and the MAC half differ.
    QByteArray raw(PersonalDataCipher::KeyBytes, Qt::Uninitialized);
    for (int i = 0; i < raw.size(); ++i)
        raw[i] = char(i * 7 + 1);
    const PersonalDataCipher cipher(raw);
    const QByteArray a = cipher.fileKey("materials");
    QCOMPARE(a.size(), SealedFileFormat::KeyBytes);
    QCOMPARE(cipher.fileKey("materials"), a);
    QVERIFY(cipher.fileKey("pages") != a);
    // The blind index of the label must not be the key (different HMAC keys).
    QVERIFY(cipher.blindIndex(QStringLiteral("halldesk-sealed-file:materials")) !=
            QString::fromLatin1(a.toHex()));
    QVERIFY(PersonalDataCipher(QByteArray(PersonalDataCipher::KeyBytes, 6)).fileKey("materials") !=
            a);
}

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
