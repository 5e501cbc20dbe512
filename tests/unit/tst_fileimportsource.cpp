#include "ScanRunRecorder.h"
#include "scan/FileImportSource.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using halldesk::FileImportSource;
using halldesk::PageSource;
using halldesk::ScanRequest;
using halldesk::test::runScan;

class TestFileImportSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsPng();
    void importsJpeg();
    void importsEveryPageOfAPdf();
    void corruptImageFailsAfterTheFilesBefore();
    void corruptPdfFails();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    halldesk::test::ScanRun import(const QStringList &files, int dpi = 200);

    QTemporaryDir m_dir;
};

void TestFileImportSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestFileImportSource::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

halldesk::test::ScanRun TestFileImportSource::import(const QStringList &files, int dpi)
{
    FileImportSource source;
    source.setFiles(files);
    ScanRequest request;
    request.dpi = dpi;
    return runScan(source, request);
}

void TestFileImportSource::importsPng()
{
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(qRgb(200, 30, 40));
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("page.png"));
    QVERIFY(image.save(path));

    const auto run = import({path});
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 1);
    QCOMPARE(run.pages.size(), 1);
    const halldesk::ScannedPage &page = run.pages.first();
    QCOMPARE(page.source, PageSource::File);
    QCOMPARE(page.dpi, 300);
    QCOMPARE(page.image.size(), QSize(200, 100));
    QCOMPARE(page.image.pixel(5, 5), qRgb(200, 30, 40));
}

void TestFileImportSource::importsJpeg()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    // A camera default resolution (72 dpi) says nothing about the paper.
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(image.save(path, "JPEG"));

    const auto run = import({path});
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
    QCOMPARE(run.pages.first().image.size(), QSize(120, 80));
    QCOMPARE(run.pages.first().dpi, 0);
    QCOMPARE(qGray(run.pages.first().image.pixel(60, 40)), 255);
}

void TestFileImportSource::importsEveryPageOfAPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("two-pages.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A6));
        writer.setPageMargins({});
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, writer.width(), writer.height()), Qt::black);
        writer.newPage();
        painter.fillRect(QRect(0, 0, writer.width(), writer.height()), Qt::white);
    }

    const auto run = import({path}, 50);
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 2);
    QCOMPARE(run.pages.size(), 2);
    for (const auto &page : run.pages) {
        QCOMPARE(page.dpi, 50);
        QCOMPARE(page.source, PageSource::File);
        // A6 is 105 × 148 mm: 207 × 291 pixels at 50 dpi, give or take poppler's rounding.
        QVERIFY2(
            qAbs(page.image.width() - 207) <= 1 && qAbs(page.image.height() - 291) <= 1,
            qPrintable(QStringLiteral("%1×%2").arg(page.image.width()).arg(page.image.height())));
    }
    QCOMPARE(qGray(run.pages.at(0).image.pixel(100, 150)), 0);
    QCOMPARE(qGray(run.pages.at(1).image.pixel(100, 150)), 255);
}

void TestFileImportSource::corruptImageFailsAfterTheFilesBefore()
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::gray);
    const QString good = m_dir.filePath(QStringLiteral("good.png"));
    QVERIFY(image.save(good));
    // A PNG signature followed by garbage, as a truncated download looks.
    const QString broken =
        writeFile(QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1a\n") + "not a png");
    QVERIFY(!broken.isEmpty());

    const auto run = import({good, broken});
    QCOMPARE(run.pages.size(), 1);
    QCOMPARE(run.finishedWith, -1);
    QVERIFY2(run.failure.contains(QStringLiteral("broken.png")), qPrintable(run.failure));
}

void TestFileImportSource::corruptPdfFails()
{
    const QString broken =
        writeFile(QStringLiteral("broken.pdf"), "%PDF-1.4\n1 0 obj garbage without an end\n");
    QVERIFY(!broken.isEmpty());

    const auto run = import({broken});
    QVERIFY(run.pages.isEmpty());
    QCOMPARE(run.finishedWith, -1);
    QVERIFY2(run.failure.contains(QStringLiteral("broken.pdf")), qPrintable(run.failure));
}

QTEST_MAIN(TestFileImportSource)
#include "tst_fileimportsource.moc"
