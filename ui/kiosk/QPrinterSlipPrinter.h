#pragma once

#include "kiosk/SlipPrinter.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace halldesk {

// Prints slips through Qt Print Support: on the kiosk's printer (CUPS), or as PDF files in a
// folder (the demo, and the tests, which read them back with pdfinfo and zbarimg). Whether the
// printer can print is read from CUPS; a paper sensor, where the kiosk has one, is asked first.
class QPrinterSlipPrinter final : public SlipPrinter
{
    Q_DECLARE_TR_FUNCTIONS(QPrinterSlipPrinter)

public:
    // Empty when paper is there; otherwise the problem in the citizen's language. Asked before
    // a ticket is taken and again after its slip, since paper can run out during one.
    using PaperSensor = std::function<QString()>;

    // `printerName` empty: the default printer. `pdfDirectory` set: PDF files there instead.
    QPrinterSlipPrinter(QString printerName, QString pdfDirectory);

    void setPaperSensor(PaperSensor sensor) { m_sensor = std::move(sensor); }
    QString problem() const override;
    bool print(const TicketSlip &slip, QString *error) override;

    // The last PDF file written (PDF output only).
    QString lastFile() const { return m_lastFile; }
    int printed() const { return m_printed; }

private:
    static bool repairText(const QString &file);
    QString nextFileName(const TicketSlip &slip) const;

    QString m_printerName;
    QString m_pdfDirectory;
    PaperSensor m_sensor;
    QString m_lastFile;
    int m_printed = 0;
};

} // namespace halldesk
