#pragma once

#include "scan/MaterialPage.h"
#include "scan/PageProcessor.h"
#include "scan/StoredScan.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QList>
#include <QSemaphore>
#include <QSet>
#include <QString>

class QThread;

namespace halldesk {

class MaterialPageWorker;

// The pages of one material while the clerk works on them, as a list model for the scan view
// (DecorationRole: the thumbnail as it will appear; DisplayRole: "Page n").
//
// Each page is processed (PageProcessor), encoded (PageEncoder) and sealed into a file of its
// own in the working directory on a worker thread, in the order the pages came; only a
// thumbnail and a few facts stay in memory. append() and replace() hold back the caller while
// MaxPagesInFlight pages wait for the worker: with ThreadedScanSource, that in turn holds back
// the scanner's thread, so a fast feeder never piles up full-resolution pages.
//
// Turning a page records the turn (the PDF page's /Rotate) instead of re-encoding it. finish()
// writes the material's PDF into a sealed file and reports the StoredScan; the page files stay,
// they are the material's pages. A page that cannot be kept (a full disk, an encoder failure)
// is reported with pageFailed() and every page before it stays.
class MaterialPageSet : public QAbstractListModel
{
    Q_OBJECT

public:
    // Pages handed over and not yet sealed, beyond which append() waits for the worker.
    static constexpr int MaxPagesInFlight = 2;

    enum Role
    {
        QuarterTurnsRole = Qt::UserRole + 1,
        PageIdRole,
    };

    // `key`: a SealedFileFormat key (PersonalDataCipher::fileKey). The working directory must
    // exist; page files are named page-<uuid>.sealed so two sessions never overwrite each other.
    MaterialPageSet(QByteArray key, const QString &workingDirectory, QObject *parent = nullptr);
    ~MaterialPageSet() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // Queues a scanned page; it appears at the end once it is sealed.
    void append(const ScannedPage &page, const PageOptions &options);
    // Queues a rescan of page `row`; the new page takes its place (wherever it has moved to)
    // and keeps its turns reset. False when there is no such page.
    bool replace(int row, const ScannedPage &page, const PageOptions &options);
    // Moves page `from` so that it becomes page `to` (0-based).
    bool move(int from, int to);
    bool rotate(int row, int quarterTurns);
    bool remove(int row);
    // Removes every page file, also of pages still being processed (the clerk threw the scan
    // away). Destroying the set keeps the listed pages' files.
    void discardAll();

    // Starts from a saved material: reads the pages out of the sealed PDF that finish() wrote
    // (ImagePdfReader, the set's key), each into a page file of its own with its thumbnail and
    // turns, one page in memory at a time. Only on an empty, idle set. False, with *error in
    // the user's language, if the PDF cannot be read; the set then stays empty and the PDF is
    // never changed. Finishing without an edit writes the same PDF (the same digest).
    bool load(const QString &sealedPdfPath, QString *error = nullptr);
    // The same on the worker (50 pages at 300 dpi take about half a second, too long to freeze
    // the scan view): ends with loaded() or loadFailed(); the set is busy until then, and pages
    // appended meanwhile come after the saved ones. False unless the set is empty and idle.
    bool startLoading(const QString &sealedPdfPath);
    bool isLoading() const { return m_loading; }

    // Writes the PDF (once the queued pages are sealed) to `pdfPath` as a sealed file; ends
    // with finished() or finishFailed(). Edits are refused until then.
    void finish(const QString &pdfPath);

    const QList<MaterialPage> &pages() const { return m_pages; }
    QStringList pageFiles() const;
    // Pages queued, being processed, or sealed and not yet in the list.
    int pendingPages() const { return m_pending; }
    bool isWritingPdf() const { return m_writingPdf || !m_pdfPath.isEmpty(); }
    bool isBusy() const { return m_pending > 0 || isWritingPdf() || m_loading; }
    // The most pages ever waiting for the worker at once (never above MaxPagesInFlight).
    int peakPagesInFlight() const { return m_peakInFlight; }

signals:
    void pendingPagesChanged(int pending);
    void pageFailed(const QString &message);
    void finished(const halldesk::StoredScan &scan);
    void finishFailed(const QString &message);
    void loaded(int pages);
    void loadFailed(const QString &message);

private:
    quint64 queue(const ScannedPage &page, const PageOptions &options, quint64 replacing);
    void pageDone(quint64 id, quint64 replacing, std::optional<MaterialPage> page,
                  const QString &problem);
    void startPdfIfReady();
    void adopt(QList<MaterialPage> pages);
    int rowOf(quint64 id) const;
    QString newPagePath() const;

    QByteArray m_key;
    QDir m_directory;
    QThread *m_thread;
    MaterialPageWorker *m_worker;
    QSemaphore m_slots{MaxPagesInFlight};
    QList<MaterialPage> m_pages;
    QHash<quint64, QString> m_inFlight; // page id → its file, until the page arrives
    QSet<quint64> m_dropOnArrival;      // in flight when the pages were discarded
    quint64 m_nextId = 1;
    int m_pending = 0;
    int m_peakInFlight = 0;
    QString m_pdfPath; // set while finish() waits for queued pages
    bool m_writingPdf = false;
    bool m_loading = false;
    bool m_dropLoaded = false; // discarded while the saved pages were on their way
};

} // namespace halldesk
