#include "kiosk/QPrinterSlipPrinter.h"

#include "logging/HallDeskLogging.h"
#include "notice/NoticeStyle.h"
#include "notice/PdfToUnicodeRepair.h"
#include "notice/TicketSlipRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>

namespace halldesk {

QPrinterSlipPrinter::QPrinterSlipPrinter(QString printerName, QString pdfDirectory)
    : m_printerName(std::move(printerName))
    , m_pdfDirectory(std::move(pdfDirectory))
{}

QString QPrinterSlipPrinter::problem() const
{
    if (m_sensor) {
        if (const QString paper = m_sensor(); !paper.isEmpty())
            return paper;
    }
    if (!m_pdfDirectory.isEmpty()) {
        const QFileInfo folder(m_pdfDirectory);
        if ((!folder.exists() && !QDir().mkpath(m_pdfDirectory)) ||
            !QFileInfo(m_pdfDirectory).isWritable())
            return tr("The ticket printer is not ready.");
        return {};
    }
    const QPrinterInfo info = m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                      : QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull())
        return tr("The ticket printer is not connected.");
    if (info.state() == QPrinter::Error || info.state() == QPrinter::Aborted)
        return tr("The ticket printer is out of paper or out of order.");
    return {};
}

bool QPrinterSlipPrinter::repairText(const QString &file)
{
    // Qt's PDF engine maps some ideographs to radicals in the text layer (PdfToUnicodeRepair):
    // a PDF slip must read back as what it shows.
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray repaired = PdfToUnicodeRepair(NoticeStyle::faces()).repair(in.readAll());
    in.close();
    QSaveFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(repaired) == repaired.size() && out.commit();
}

QString QPrinterSlipPrinter::nextFileName(const TicketSlip &slip) const
{
    const QString base =
        QStringLiteral("%1/slip-%2-%3").arg(m_pdfDirectory).arg(slip.serviceDay).arg(slip.number);
    QString name = base + QStringLiteral(".pdf");
    for (int copy = 2; QFileInfo::exists(name); ++copy)
        name = base + QStringLiteral("-%1.pdf").arg(copy);
    return name;
}

bool QPrinterSlipPrinter::print(const TicketSlip &slip, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setCreator(QStringLiteral("HallDesk"));
    printer.setDocName(slip.number);
    printer.setFullPage(true);
    QString file;
    if (!m_pdfDirectory.isEmpty()) {
        QDir().mkpath(m_pdfDirectory);
        file = nextFileName(slip);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
    } else if (!m_printerName.isEmpty()) {
        printer.setPrinterName(m_printerName);
    }

    TicketSlipRenderer renderer;
    if (!renderer.render(slip, &printer)) {
        if (error)
            *error = renderer.errorString();
        return false;
    }
    if (printer.printerState() == QPrinter::Error ||
        (!file.isEmpty() && QFileInfo(file).size() == 0)) {
        if (error)
            *error = tr("The printer reported an error.");
        return false;
    }
    // Paper that ran out during the slip leaves half a slip: not one the citizen can use.
    if (m_sensor) {
        if (const QString paper = m_sensor(); !paper.isEmpty()) {
            if (error)
                *error = paper;
            return false;
        }
    }
    if (!file.isEmpty() && !repairText(file)) {
        if (error)
            *error = tr("The printer reported an error.");
        return false;
    }
    m_lastFile = file;
    ++m_printed;
    return true;
}

} // namespace halldesk
