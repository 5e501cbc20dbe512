// A material's pages through the whole pipeline, as a feeder batch passes a page at a time:
// an A4 colour scan at 300 dpi (2480×3508) is processed (deskew, grey), compressed, appended to
// the material PDF (which hashes it with SHA-256 on the way) and encrypted as the store keeps
// it. Prints per stage and in total the median and p95 ms per page, and the throughput in MB/s
// of raw 24-bit page data, and the skew estimate inside processing on its own. Passes or fails
// on nothing but errors. Then the finished material is sealed and opened again for editing
// (MaterialPageSet::load: each page read out of the PDF, sealed, its thumbnail decoded), timed
// per page.
//   bench_scanpipeline [--pages N] [--dpi N] [--mode grey|colour|bw]

#include "Percentile.h"
#include "SyntheticPage.h"
#include "crypto/PersonalDataCipher.h"
#include "crypto/SealedFileFormat.h"
#include "crypto/SealedFileWriter.h"
#include "scan/ImagePdfWriter.h"
#include "scan/MaterialPageSet.h"
#include "scan/PageAnalysis.h"
#include "scan/PageEncoder.h"
#include "scan/PageProcessor.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace halldesk;
using halldesk::test::percentile;

namespace {

struct Stage
{
    const char *name;
    std::vector<double> ms;
};

void printStage(const Stage &stage)
{
    std::printf("%-10s median_ms=%7.1f p95_ms=%7.1f\n", stage.name, percentile(stage.ms, 0.5),
                percentile(stage.ms, 0.95));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages in the batch."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("Scan resolution."),
                      QStringLiteral("n"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("grey, colour or bw."),
                      QStringLiteral("mode"), QStringLiteral("grey")});
    parser.process(app);
    const int pageCount = std::max(1, parser.value(QStringLiteral("pages")).toInt());
    const int dpi = parser.value(QStringLiteral("dpi")).toInt();
    const QString modeName = parser.value(QStringLiteral("mode"));
    PageOptions options;
    options.mode = modeName == QLatin1String("colour") ? ColourMode::Colour
                   : modeName == QLatin1String("bw")   ? ColourMode::BlackAndWhite
                                                       : ColourMode::Grey;

    // A few crooked variants of one page, drawn before timing starts: drawing is the scanner's
    // work, not the pipeline's.
    const QImage straight = test::syntheticTextPage(test::a4Pixels(dpi), dpi);
    std::vector<QImage> sources;
    for (double skew : {1.5, -2.5, 3.5, 0.0})
        sources.push_back(test::turnedPage(straight, skew));

    QByteArray key(PersonalDataCipher::KeyBytes, Qt::Uninitialized);
    QRandomGenerator::securelySeeded().fillRange(reinterpret_cast<quint32 *>(key.data()),
                                                 key.size() / 4);
    const PersonalDataCipher cipher(key);

    QTemporaryFile pdf;
    if (!pdf.open()) {
        std::printf("no temporary file\nstatus=error\n");
        return 1;
    }
    ImagePdfWriter writer(&pdf);
    PageProcessor processor;
    Stage process{"process", {}}, encode{"encode", {}}, pdfHash{"pdf+sha256", {}},
        encrypt{"encrypt", {}}, total{"total", {}};
    qint64 encodedBytes = 0;
    bool ok = true;
    for (int i = 0; i < pageCount && ok; ++i) {
        const ScannedPage page{sources[size_t(i) % sources.size()], dpi, PageSource::Scanner};
        QElapsedTimer timer;
        timer.start();
        const ProcessedPage processed = processor.process(page, options);
        const qint64 t1 = timer.nsecsElapsed();
        const EncodedPage encoded = PageEncoder::encode(processed);
        const qint64 t2 = timer.nsecsElapsed();
        ok = encoded.isValid() && writer.addPage(encoded);
        const qint64 t3 = timer.nsecsElapsed();
        const QByteArray sealed = cipher.encrypt(encoded.data);
        const qint64 t4 = timer.nsecsElapsed();
        ok = ok && sealed.size() > encoded.data.size();
        process.ms.push_back(double(t1) / 1e6);
        encode.ms.push_back(double(t2 - t1) / 1e6);
        pdfHash.ms.push_back(double(t3 - t2) / 1e6);
        encrypt.ms.push_back(double(t4 - t3) / 1e6);
        total.ms.push_back(double(t4) / 1e6);
        encodedBytes += encoded.data.size();
    }
    ok = ok && writer.finish() && writer.digestHex().size() == 64;

    // The skew estimate, the analysis inside process(), on its own (it allocates only small
    // copies, so it can be timed apart from the processor's reused buffers).
    Stage skew{"  skew", {}};
    for (int i = 0; i < pageCount; ++i) {
        const QImage greyPage = PageProcessor::toGrey(sources[size_t(i) % sources.size()]);
        QElapsedTimer timer;
        timer.start();
        const double angle = PageAnalysis::estimateSkew(greyPage);
        skew.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        ok = ok && std::abs(angle) <= PageAnalysis::MaxSkewDegrees;
    }

    // Reopening the material as the scan view does: the whole load, per page.
    double reopenMs = 0;
    QTemporaryDir work;
    if (ok) {
        const QString sealedPath = work.filePath(QStringLiteral("material.sealed"));
        const QByteArray fileKey = key.left(SealedFileFormat::KeyBytes);
        SealedFileWriter sealed(fileKey, sealedPath);
        ok = pdf.seek(0) && sealed.open(QIODevice::WriteOnly);
        while (ok && !pdf.atEnd()) {
            const QByteArray chunk = pdf.read(1 << 20);
            ok = sealed.write(chunk) == chunk.size();
        }
        ok = ok && sealed.commit();
        MaterialPageSet set(fileKey, work.path());
        QElapsedTimer timer;
        timer.start();
        ok = ok && set.load(sealedPath) && set.rowCount() == pageCount;
        reopenMs = double(timer.nsecsElapsed()) / 1e6;
    }

    const double rawMegabytes = double(straight.width()) * straight.height() * 3 / 1e6;
    double totalMs = 0;
    for (double ms : total.ms)
        totalMs += ms;
    std::printf("pages=%d dpi=%d size=%dx%d mode=%s encoded_kb_per_page=%.0f pdf_kb=%.0f\n",
                int(total.ms.size()), dpi, straight.width(), straight.height(),
                qPrintable(modeName),
                double(encodedBytes) / 1024 / std::max<size_t>(1, total.ms.size()),
                double(pdf.size()) / 1024);
    for (const Stage *stage : {&process, &skew, &encode, &pdfHash, &encrypt, &total}) {
        if (!stage->ms.empty())
            printStage(*stage);
    }
    std::printf("reopen     per_page_ms=%7.1f total_ms=%.0f\n", reopenMs / pageCount, reopenMs);
    std::printf("throughput_mb_s=%.1f (raw 24-bit page data)\n",
                rawMegabytes * double(total.ms.size()) / (totalMs / 1000));
    std::printf("status=%s\n", ok ? "ok" : "error");
    return ok ? 0 : 1;
}
