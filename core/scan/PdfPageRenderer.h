#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QTemporaryDir>

namespace halldesk {

// Pages of a PDF as images, one at a time, through poppler's command-line tools (pdfinfo for
// the page count, pdftoppm to render): poppler reads damaged and unusual PDFs better than
// anything we would write, and a crash on a hostile file stays in its own process. Blocking:
// for a worker thread.
class PdfPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageRenderer)

public:
    explicit PdfPageRenderer(const QString &path);

    // The page count, or 0 with `error` set.
    int open(QString *error);
    // Page 1..pageCount at `dpi`; a null image with `error` set when it fails.
    QImage render(int page, int dpi, QString *error);

private:
    bool runTool(const QString &program, const QStringList &arguments, QByteArray *output,
                 QString *error);
    QString damaged() const;

    QString m_path;
    QTemporaryDir m_dir;
};

} // namespace halldesk
