#include "server/StaffPhotos.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using halldesk::StaffPhotos;

namespace {

QByteArray encoded(const char *format)
{
    QImage image(120, 160, QImage::Format_RGB32);
    image.fill(QColor(200, 180, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestStaffPhotos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(write(m_dir.filePath(QStringLiteral("HD0012.jpg")), encoded("JPG")));
        QVERIFY(write(m_dir.filePath(QStringLiteral("HD0013.png")), encoded("PNG")));
        QVERIFY(write(m_dir.filePath(QStringLiteral("HD0014.jpg")), "not a photo at all"));
        QByteArray huge = encoded("PNG");
        huge.append(QByteArray(StaffPhotos::MaxBytes, 'x'));
        QVERIFY(write(m_dir.filePath(QStringLiteral("HD0015.png")), huge));
        QVERIFY(write(m_dir.filePath(QStringLiteral("secret.png")), encoded("PNG")));
    }

    void findsPhotos_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QString>("type");
        QTest::newRow("jpeg") << QStringLiteral("HD0012") << QStringLiteral("image/jpeg");
        QTest::newRow("png") << QStringLiteral("HD0013") << QStringLiteral("image/png");
        QTest::newRow("not an image") << QStringLiteral("HD0014") << QString();
        QTest::newRow("too large") << QStringLiteral("HD0015") << QString();
        QTest::newRow("none") << QStringLiteral("HD0099") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("outside the folder") << QStringLiteral("../photos/secret") << QString();
        QTest::newRow("path") << QStringLiteral("sub/HD0012") << QString();
    }

    void findsPhotos()
    {
        QFETCH(QString, staffNo);
        QFETCH(QString, type);
        const auto photo = StaffPhotos(m_dir.path()).find(staffNo);
        QCOMPARE(bool(photo), !type.isEmpty());
        if (!photo)
            return;
        QCOMPARE(photo->type, type);
        QVERIFY(!QImage::fromData(photo->bytes).isNull());
    }

    void noFolderNoPhotos()
    {
        QVERIFY(!StaffPhotos().find(QStringLiteral("HD0012")));
        QVERIFY(
            !StaffPhotos(m_dir.filePath(QStringLiteral("missing"))).find(QStringLiteral("HD0012")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStaffPhotos)
#include "tst_staffphotos.moc"
