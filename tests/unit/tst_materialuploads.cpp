// The server's partial and stored upload files (MaterialUploads), without the network: an
// upload continued after its connection went, taken over by a new connection, refused when it
// does not match, and a write error answered without anything half stored.

#include "crypto/SealedFileReader.h"
#include "server/MaterialUploads.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

namespace {

const QByteArray Key(32, '\x42');

QByteArray content(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(11);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return QByteArray("%PDF-1.7\n") + data.left(size - 9);
}

MaterialUploads::Target targetOf(const QByteArray &plain)
{
    MaterialUploads::Target t;
    t.caseNumber = QStringLiteral("20261130-0001-0001");
    t.materialCode = QStringLiteral("M-PLAN");
    t.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex());
    t.bytes = plain.size();
    return t;
}

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(directory).relativeFilePath(it.next());
    return files;
}

// Sends plain[from, to) in pieces of `piece` bytes.
bool send(MaterialUploads &uploads, const void *owner, quint32 id, const QByteArray &plain,
          qint64 from, qint64 to, qint64 piece = 300000)
{
    for (qint64 at = from; at < to; at += piece) {
        const auto written = uploads.write(
            owner, id, at, QByteArrayView(plain).sliced(at, std::min(piece, to - at)));
        if (!written.ok())
            return false;
    }
    return true;
}

} // namespace

class TestMaterialUploads : public QObject
{
    Q_OBJECT

private slots:
    void continuesAfterTheConnectionWent();
    void anotherConnectionTakesItOver();
    void aConnectionHoldsFewUploads();
    void wrongContentLeavesNothing();
    void outOfOrderPieceEndsTheUpload();
    void fullDiskIsAnErrorNotAFile();
    void unusableDirectoryIsAnError();
    void abandonedPartialsAreSweptOpenOnesKept();
};

void TestMaterialUploads::continuesAfterTheConnectionWent()
{
    QTemporaryDir dir;
    const QByteArray plain = content(3 * 1024 * 1024 + 100);
    const auto target = targetOf(plain);
    int first = 0;
    int second = 0;
    {
        MaterialUploads uploads(dir.path(), Key);
        const auto started = uploads.begin(&first, target);
        QVERIFY(started.ok());
        QCOMPARE(started->offset, qint64(0));
        QVERIFY(send(uploads, &first, started->upload, plain, 0, 2 * 1024 * 1024 + 5000));
        uploads.dropOwner(&first);
    }
    // A new server (a restart) finds the partial file and its two whole chunks.
    MaterialUploads uploads(dir.path(), Key);
    const auto resumed = uploads.begin(&second, target);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->offset, qint64(2 * 1024 * 1024));
    QVERIFY(send(uploads, &second, resumed->upload, plain, resumed->offset, plain.size()));
    const auto stored = uploads.finish(&second, resumed->upload, 1234);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message()));
    QCOMPARE(stored->bytes, qint64(plain.size()));
    QCOMPARE(stored->storedAtMs, qint64(1234));
    QCOMPARE(filesUnder(dir.path()), QStringList{stored->storedPath});
    const auto opened = SealedFileReader::readAll(Key, uploads.absolutePath(stored->storedPath));
    QVERIFY(opened && *opened == plain);
}

void TestMaterialUploads::anotherConnectionTakesItOver()
{
    QTemporaryDir dir;
    const QByteArray plain = content(1024 * 1024 + 10);
    const auto target = targetOf(plain);
    MaterialUploads uploads(dir.path(), Key);
    int oldConnection = 0;
    int newConnection = 0;
    const auto first = uploads.begin(&oldConnection, target);
    QVERIFY(first.ok());
    QVERIFY(send(uploads, &oldConnection, first->upload, plain, 0, 1024 * 1024));
    const auto second = uploads.begin(&newConnection, target);
    QVERIFY(second.ok());
    QCOMPARE(second->offset, qint64(1024 * 1024));
    // The old connection's id is gone, and an id is only good on its own connection.
    QCOMPARE(uploads.write(&oldConnection, first->upload, 1024 * 1024, "x").code(),
             ErrorCode::UnknownUpload);
    QCOMPARE(uploads.write(&oldConnection, second->upload, 1024 * 1024, "x").code(),
             ErrorCode::UnknownUpload);
    QVERIFY(send(uploads, &newConnection, second->upload, plain, second->offset, plain.size()));
    QVERIFY(uploads.finish(&newConnection, second->upload, 1).ok());
}

void TestMaterialUploads::aConnectionHoldsFewUploads()
{
    QTemporaryDir dir;
    MaterialUploads uploads(dir.path(), Key);
    int owner = 0;
    QList<quint32> ids;
    for (int i = 0; i < MaterialUploads::MaxPerOwner + 1; ++i) {
        auto target = targetOf(content(1000 + i));
        const auto started = uploads.begin(&owner, target);
        QVERIFY(started.ok());
        ids << started->upload;
    }
    // The oldest went to make room; the others are still there.
    QCOMPARE(uploads.write(&owner, ids.first(), 0, "x").code(), ErrorCode::UnknownUpload);
    QVERIFY(uploads.write(&owner, ids.last(), 0, "x").ok());
    QVERIFY(uploads.write(&owner, ids.at(1), 0, "x").ok());
}

void TestMaterialUploads::wrongContentLeavesNothing()
{
    QTemporaryDir dir;
    const QByteArray plain = content(500000);
    MaterialUploads uploads(dir.path(), Key);
    int owner = 0;
    // Right size, another digest: found only when the file is read back.
    auto claimed = targetOf(plain);
    claimed.sha256 = QString(64, QLatin1Char('0'));
    const auto started = uploads.begin(&owner, claimed);
    QVERIFY(started.ok());
    QVERIFY(send(uploads, &owner, started->upload, plain, 0, plain.size()));
    const auto refused = uploads.finish(&owner, started->upload, 1);
    QCOMPARE(refused.code(), ErrorCode::UploadMismatch);
    QCOMPARE(refused.error().detail(), QStringLiteral("sha256"));
    QCOMPARE(filesUnder(dir.path()), QStringList());

    // Short of the recorded size at finish, and beyond it while sending.
    const auto target = targetOf(plain);
    const auto shorter = uploads.begin(&owner, target);
    QVERIFY(send(uploads, &owner, shorter->upload, plain, 0, 1000));
    QCOMPARE(uploads.finish(&owner, shorter->upload, 1).code(), ErrorCode::UploadMismatch);
    const auto longer = uploads.begin(&owner, target);
    QCOMPARE(longer->offset, qint64(0));
    const QByteArray tooMuch = plain + "x";
    const auto over = uploads.write(&owner, longer->upload, 0, tooMuch);
    QCOMPARE(over.code(), ErrorCode::UploadMismatch);
    QCOMPARE(over.error().detail(), QStringLiteral("bytes"));
    QCOMPARE(filesUnder(dir.path()), QStringList());
}

void TestMaterialUploads::outOfOrderPieceEndsTheUpload()
{
    QTemporaryDir dir;
    const QByteArray plain = content(100000);
    MaterialUploads uploads(dir.path(), Key);
    int owner = 0;
    const auto started = uploads.begin(&owner, targetOf(plain));
    QVERIFY(send(uploads, &owner, started->upload, plain, 0, 50000));
    const auto skipped = uploads.write(&owner, started->upload, 60000, "abc");
    QCOMPARE(skipped.code(), ErrorCode::BadRequest);
    QCOMPARE(skipped.error().detail(), QStringLiteral("offset"));
    QCOMPARE(uploads.write(&owner, started->upload, 50000, "abc").code(), ErrorCode::UnknownUpload);
}

void TestMaterialUploads::fullDiskIsAnErrorNotAFile()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    QTemporaryDir dir;
    const QByteArray plain = content(3 * 1024 * 1024);
    const auto target = targetOf(plain);
    MaterialUploads uploads(dir.path(), Key);
    // The partial file's place is a disk that is always full.
    const QString partial = uploads.partialPath(target);
    QVERIFY(QDir().mkpath(QFileInfo(partial).absolutePath()));
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), partial));
    int owner = 0;
    const auto started = uploads.begin(&owner, target);
    if (!started.ok()) {
        QCOMPARE(started.code(), ErrorCode::StorageFailure);
    } else {
        Result<qint64> written = qint64(0);
        for (qint64 at = 0; at < plain.size() && written.ok(); at += 1024 * 1024)
            written = uploads.write(&owner, started->upload, at,
                                    QByteArrayView(plain).sliced(at, 1024 * 1024));
        QCOMPARE(written.code(), ErrorCode::StorageFailure);
        QCOMPARE(uploads.finish(&owner, started->upload, 1).code(), ErrorCode::UnknownUpload);
    }
    // Nothing but the link itself: no stored file.
    QCOMPARE(filesUnder(dir.path()), QStringList{QDir(dir.path()).relativeFilePath(partial)});
}

void TestMaterialUploads::unusableDirectoryIsAnError()
{
    QTemporaryDir dir;
    // A file where the documents directory should be.
    const QString path = dir.filePath(QStringLiteral("documents"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MaterialUploads uploads(path, Key);
    int owner = 0;
    QCOMPARE(uploads.begin(&owner, targetOf(content(1000))).code(), ErrorCode::StorageFailure);
}

// A partial file nobody came back for goes after its age; an upload in progress, a fresh
// partial and a stored document stay.
void TestMaterialUploads::abandonedPartialsAreSweptOpenOnesKept()
{
    QTemporaryDir dir;
    MaterialUploads uploads(dir.path(), Key);
    const QByteArray stale = content(2 * 1024 * 1024 + 10);
    const QByteArray open = content(2 * 1024 * 1024 + 20);
    const QByteArray fresh = content(2 * 1024 * 1024 + 30);
    const QByteArray done = content(1000);
    int owner = 0;
    for (const QByteArray *plain : {&stale, &fresh}) {
        const auto started = uploads.begin(&owner, targetOf(*plain));
        QVERIFY(started.ok());
        QVERIFY(send(uploads, &owner, started->upload, *plain, 0, 1024 * 1024 + 5));
    }
    uploads.dropOwner(&owner);
    const auto kept = uploads.begin(&owner, targetOf(open));
    QVERIFY(kept.ok());
    QVERIFY(send(uploads, &owner, kept->upload, open, 0, 1024 * 1024 + 5));
    const auto finishing = uploads.begin(&owner, targetOf(done));
    QVERIFY(finishing.ok());
    QVERIFY(send(uploads, &owner, finishing->upload, done, 0, done.size()));
    const auto stored = uploads.finish(&owner, finishing->upload, 1);
    QVERIFY(stored.ok());

    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    for (const QByteArray *plain : {&stale, &open}) {
        QFile file(uploads.partialPath(targetOf(*plain)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
    }
    const qint64 weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).toMSecsSinceEpoch();
    QCOMPARE(uploads.sweepPartials(weekAgo), 1);
    QVERIFY(!QFile::exists(uploads.partialPath(targetOf(stale))));
    QVERIFY(QFile::exists(uploads.partialPath(targetOf(open))));
    QVERIFY(QFile::exists(uploads.partialPath(targetOf(fresh))));
    QVERIFY(QFile::exists(uploads.absolutePath(stored->storedPath)));
    // The open upload goes on as if nothing happened.
    QVERIFY(send(uploads, &owner, kept->upload, open, 1024 * 1024 + 5, open.size()));
    QVERIFY(uploads.finish(&owner, kept->upload, 2).ok());
}

QTEST_GUILESS_MAIN(TestMaterialUploads)
#include "tst_materialuploads.moc"
