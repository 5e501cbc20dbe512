#pragma once

#include "terminal/ScanUploadStatus.h"

#include <QLabel>

namespace halldesk {

// The status bar's word on the scanned materials going to the server: hidden while nothing
// waits, the progress while they go, and a problem in words: waiting for the server (tried
// again by itself) or a scan the server refused for good.
class ScanUploadIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit ScanUploadIndicator(QWidget *parent = nullptr);

public slots:
    void display(const halldesk::ScanUploadStatus &status);

private:
    void setTone(const QString &tone);
};

} // namespace halldesk
