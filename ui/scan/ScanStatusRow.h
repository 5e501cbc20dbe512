#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace halldesk {

// What the scan view is busy with, in words and a progress bar: the page being scanned, pages
// still being processed, the PDF being written, scanners being looked for. Keeps its place
// when idle, so the screen does not jump when a scan starts.
class ScanStatusRow : public QWidget
{
    Q_OBJECT

public:
    struct State
    {
        bool scanning = false;
        bool saving = false;
        bool listingScanners = false;
        int pendingPages = 0;
    };

    explicit ScanStatusRow(QWidget *parent = nullptr);

    void scanStarted();
    // A source's progress: page 1-based, percent -1 when unknown.
    void scanProgress(int page, int percent);
    void showState(const State &state);
    QString text() const;

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    int m_page = 0;
};

} // namespace halldesk
