#include "counter/ScanUploadIndicator.h"

#include <QStyle>

namespace halldesk {

ScanUploadIndicator::ScanUploadIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scanUploadIndicator"));
    setVisible(false);
}

void ScanUploadIndicator::display(const ScanUploadStatus &status)
{
    QString text;
    QString tone = QStringLiteral("busy");
    if (!status.problem.isEmpty() && !status.retrying) {
        text = tr("A scanned material was refused by the server: %1").arg(status.problem);
        tone = QStringLiteral("refused");
    } else if (status.waiting == 0) {
        setVisible(false);
        return;
    } else if (status.retrying) {
        text = tr("%n scanned material(s) waiting for the server; retrying by itself", nullptr,
                  status.waiting);
        tone = QStringLiteral("waiting");
    } else {
        const int percent =
            status.totalBytes > 0 ? int(status.sentBytes * 100 / status.totalBytes) : 0;
        text =
            tr("Uploading %n scanned material(s): %1 % of the current one", nullptr, status.waiting)
                .arg(percent);
    }
    setText(text);
    // The case number tells the clerk which application is concerned; the problem in full too.
    QString tip = status.caseNumber.isEmpty()
                      ? QString()
                      : tr("Case %1, material %2").arg(status.caseNumber, status.materialCode);
    if (!status.problem.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + status.problem;
    setToolTip(tip);
    setTone(tone);
    setVisible(true);
}

void ScanUploadIndicator::setTone(const QString &tone)
{
    setProperty("tone", tone);
    style()->unpolish(this);
    style()->polish(this);
}

} // namespace halldesk
