#include "scan/PdfPageRenderer.h"

#include "logging/HallDeskLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace halldesk {

namespace {

// Rendering one page takes well under a second; a file that keeps poppler busy longer than
// this is not one a clerk can wait for.
constexpr int ToolTimeoutMs = 60000;

} // namespace

PdfPageRenderer::PdfPageRenderer(const QString &path)
    : m_path(path)
{}

QString PdfPageRenderer::damaged() const
{
    return tr("The PDF file “%1” is damaged or not a PDF. Ask for the file again or scan the "
              "paper instead.")
        .arg(QFileInfo(m_path).fileName());
}

bool PdfPageRenderer::runTool(const QString &program, const QStringList &arguments,
                              QByteArray *output, QString *error)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        qCWarning(lcScan) << program << "not found; PDF import needs poppler-utils";
        *error = tr("PDF files cannot be imported on this computer (poppler-utils is missing). "
                    "Ask the hall's technician.");
        return false;
    }
    QProcess process;
    process.start(executable, arguments);
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        qCWarning(lcScan) << program << "did not finish on a PDF";
        *error = damaged();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // poppler names the file in some messages, and file names can name the applicant.
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError().left(300))
                                   .replace(m_path, QStringLiteral("<file>"));
        qCWarning(lcScan) << program << "failed on a PDF:" << errors;
        *error = damaged();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

int PdfPageRenderer::open(QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("No room for temporary files: the disk may be full.");
        return 0;
    }
    QByteArray info;
    if (!runTool(QStringLiteral("pdfinfo"), {m_path}, &info, error))
        return 0;
    static const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"),
                                              QRegularExpression::MultilineOption);
    const int pages = pagesLine.match(QString::fromUtf8(info)).captured(1).toInt();
    if (pages <= 0)
        *error = damaged();
    return pages;
}

QImage PdfPageRenderer::render(int page, int dpi, QString *error)
{
    const QString root = m_dir.filePath(QStringLiteral("page"));
    const QString number = QString::number(page);
    // -singlefile: the output is page.png whatever the page count.
    if (!runTool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), number,
                  QStringLiteral("-l"), number, QStringLiteral("-png"),
                  QStringLiteral("-singlefile"), m_path, root},
                 nullptr, error))
        return {};
    const QString file = root + QStringLiteral(".png");
    QImage image = QImageReader(file).read();
    QFile::remove(file);
    if (image.isNull())
        *error = damaged();
    return image;
}

} // namespace halldesk
