#pragma once

// The command-line tools that check printed notices the way a citizen's phone and a PDF reader
// would: zbarimg decodes QR codes, poppler-utils reads the PDF. CI installs them
// (scripts/setup.sh), so a missing tool is a failure, not a reason to skip.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace halldesk::test {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    // A guard against a hung tool, not a performance limit.
    run.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

// Empty when every tool is on PATH, else which are missing and where they come from.
inline QString missingTools()
{
    const QList<std::pair<QString, QString>> tools = {
        {QStringLiteral("zbarimg"), QStringLiteral("zbar-tools")},
        {QStringLiteral("pdfinfo"), QStringLiteral("poppler-utils")},
        {QStringLiteral("pdftoppm"), QStringLiteral("poppler-utils")},
        {QStringLiteral("pdftotext"), QStringLiteral("poppler-utils")}};
    QStringList missing;
    for (const auto &[tool, package] : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << QStringLiteral("%1 (package %2)").arg(tool, package);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("missing tools: %1; install them with scripts/setup.sh")
        .arg(missing.join(QStringLiteral(", ")));
}

// What zbarimg reads in an image: one line per symbol found, without the final newline.
inline ToolRun decodeQr(const QString &imagePath)
{
    ToolRun run = runTool(QStringLiteral("zbarimg"),
                          {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    if (run.output.endsWith('\n'))
        run.output.chop(1);
    return run;
}

// Renders one page of a PDF as a PNG beside it with pdftoppm; the PNG's path, empty on failure.
inline QString renderPdfPage(const QString &pdf, int page = 1, int dpi = 150)
{
    const QString prefix = pdf + QStringLiteral("-page%1").arg(page);
    const ToolRun run =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, prefix});
    if (!run.finished || run.exitCode != 0)
        return {};
    return prefix + QStringLiteral(".png");
}

// The text pdftotext finds in a PDF, without white space (which it places as it likes).
inline QString pdfTextWithoutSpaces(const QString &pdf)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!run.finished || run.exitCode != 0)
        return {};
    QString text = QString::fromUtf8(run.output);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace halldesk::test
