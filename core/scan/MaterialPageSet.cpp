#include "scan/MaterialPageSet.h"

#include "logging/HallDeskLogging.h"
#include "scan/MaterialPageWorker.h"

#include <QFile>
#include <QThread>
#include <memory>
#include <utility>

namespace halldesk {

MaterialPageSet::MaterialPageSet(QByteArray key, const QString &workingDirectory, QObject *parent)
    : QAbstractListModel(parent)
    , m_key(key)
    , m_directory(workingDirectory)
    , m_thread(new QThread(this))
    , m_worker(new MaterialPageWorker(std::move(key)))
{
    m_thread->setObjectName(QStringLiteral("MaterialPageSet"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

MaterialPageSet::~MaterialPageSet()
{
    m_worker->stopping = true;
    m_thread->quit();
    m_thread->wait();
    // Pages sealed after the last look never became pages of the material: no sealed personal
    // data is left behind that nobody lists.
    for (const QString &path : std::as_const(m_inFlight))
        QFile::remove(path);
}

int MaterialPageSet::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant MaterialPageSet::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pages.size())
        return {};
    const MaterialPage &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("Page %1").arg(index.row() + 1);
    case Qt::DecorationRole:
        return page.thumbnail;
    case QuarterTurnsRole:
        return page.quarterTurns;
    case PageIdRole:
        return page.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> MaterialPageSet::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QuarterTurnsRole, "quarterTurns");
    names.insert(PageIdRole, "pageId");
    return names;
}

Qt::ItemFlags MaterialPageSet::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions MaterialPageSet::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool MaterialPageSet::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    const int size = int(m_pages.size());
    if (sourceParent.isValid() || destinationParent.isValid() || isWritingPdf() || count < 1 ||
        sourceRow < 0 || sourceRow + count > size || destinationChild < 0 ||
        destinationChild > size ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    const QList<MaterialPage> moving = m_pages.mid(sourceRow, count);
    m_pages.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_pages.insert(insertAt + i, moving.at(i));
    endMoveRows();
    // Page numbers follow the rows.
    emit dataChanged(index(0), index(size - 1), {Qt::DisplayRole});
    return true;
}

bool MaterialPageSet::move(int from, int to)
{
    if (from == to)
        return from >= 0 && from < m_pages.size();
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool MaterialPageSet::rotate(int row, int quarterTurns)
{
    if (row < 0 || row >= m_pages.size() || isWritingPdf())
        return false;
    MaterialPage &page = m_pages[row];
    page.quarterTurns = (((page.quarterTurns + quarterTurns) % 4) + 4) % 4;
    page.thumbnail = MaterialPageWorker::thumbnailOf(page.thumbnail, quarterTurns);
    emit dataChanged(index(row), index(row), {Qt::DecorationRole, QuarterTurnsRole});
    return true;
}

bool MaterialPageSet::remove(int row)
{
    if (row < 0 || row >= m_pages.size() || isWritingPdf())
        return false;
    beginRemoveRows({}, row, row);
    const MaterialPage page = m_pages.takeAt(row);
    endRemoveRows();
    QFile::remove(page.path);
    if (row < m_pages.size())
        emit dataChanged(index(row), index(int(m_pages.size()) - 1), {Qt::DisplayRole});
    return true;
}

void MaterialPageSet::discardAll()
{
    // Pages still on their way are thrown away when they arrive.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_dropOnArrival.insert(it.key());
    m_dropLoaded = m_loading;
    beginResetModel();
    for (const MaterialPage &page : std::as_const(m_pages))
        QFile::remove(page.path);
    m_pages.clear();
    endResetModel();
}

QStringList MaterialPageSet::pageFiles() const
{
    QStringList files;
    for (const MaterialPage &page : m_pages)
        files.append(page.path);
    return files;
}

int MaterialPageSet::rowOf(quint64 id) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).id == id)
            return row;
    }
    return -1;
}

QString MaterialPageSet::newPagePath() const
{
    return MaterialPageWorker::newPagePath(m_directory.path());
}

void MaterialPageSet::append(const ScannedPage &page, const PageOptions &options)
{
    queue(page, options, 0);
}

bool MaterialPageSet::replace(int row, const ScannedPage &page, const PageOptions &options)
{
    if (row < 0 || row >= m_pages.size() || isWritingPdf())
        return false;
    queue(page, options, m_pages.at(row).id);
    return true;
}

quint64 MaterialPageSet::queue(const ScannedPage &page, const PageOptions &options,
                               quint64 replacing)
{
    // Waits only while the worker is MaxPagesInFlight pages behind (one page's processing).
    m_slots.acquire();
    m_peakInFlight = qMax(m_peakInFlight, MaxPagesInFlight - m_slots.available());
    ++m_pending;
    emit pendingPagesChanged(m_pending);

    const quint64 id = m_nextId++;
    const QString path = newPagePath();
    m_inFlight.insert(id, path);
    MaterialPageWorker *worker = m_worker;
    QSemaphore *gate = &m_slots;
    // Shared so that the job lets go of the full-resolution page as soon as it is processed,
    // not when Qt destroys the queued call.
    auto held = std::make_shared<ScannedPage>(page);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, gate, held, options, path, id, replacing] {
            ScannedPage scanned = std::exchange(*held, {});
            if (worker->stopping) {
                gate->release();
                return;
            }
            MaterialPageWorker::PageResult result =
                worker->sealPage(std::move(scanned), options, path);
            gate->release();
            if (result.page)
                result.page->id = id;
            QMetaObject::invokeMethod(
                this,
                [this, id, replacing, result] {
                    pageDone(id, replacing, result.page, result.problem);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void MaterialPageSet::pageDone(quint64 id, quint64 replacing, std::optional<MaterialPage> page,
                               const QString &problem)
{
    --m_pending;
    m_inFlight.remove(id);
    const bool dropped = m_dropOnArrival.remove(id);
    emit pendingPagesChanged(m_pending);
    if (dropped) {
        if (page)
            QFile::remove(page->path);
    } else if (!page) {
        emit pageFailed(problem);
    } else if (replacing == 0) {
        const int row = int(m_pages.size());
        beginInsertRows({}, row, row);
        m_pages.append(*page);
        endInsertRows();
    } else if (const int row = rowOf(replacing); row >= 0) {
        QFile::remove(m_pages.at(row).path);
        m_pages[row] = *page;
        emit dataChanged(index(row), index(row));
    } else {
        // The page was deleted while its rescan was on the way.
        QFile::remove(page->path);
    }
    startPdfIfReady();
}

bool MaterialPageSet::load(const QString &sealedPdfPath, QString *error)
{
    if (isBusy() || !m_pages.isEmpty()) {
        if (error)
            *error = tr("The saved scan can only be opened before any page is scanned.");
        return false;
    }
    MaterialPageWorker::LoadResult result =
        MaterialPageWorker::readMaterial(m_key, sealedPdfPath, m_directory.path());
    if (result.pages.isEmpty()) {
        if (error)
            *error = result.problem;
        return false;
    }
    adopt(std::move(result.pages));
    return true;
}

bool MaterialPageSet::startLoading(const QString &sealedPdfPath)
{
    if (isBusy() || !m_pages.isEmpty())
        return false;
    m_loading = true;
    m_dropLoaded = false;
    MaterialPageWorker *worker = m_worker;
    const QByteArray key = m_key;
    const QString directory = m_directory.path();
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, key, sealedPdfPath, directory] {
            if (worker->stopping)
                return;
            MaterialPageWorker::LoadResult result =
                MaterialPageWorker::readMaterial(key, sealedPdfPath, directory);
            if (worker->stopping) {
                for (const MaterialPage &page : std::as_const(result.pages))
                    QFile::remove(page.path);
                return;
            }
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    m_loading = false;
                    if (std::exchange(m_dropLoaded, false)) {
                        for (const MaterialPage &page : result.pages)
                            QFile::remove(page.path);
                    } else if (result.pages.isEmpty()) {
                        emit loadFailed(result.problem);
                    } else {
                        adopt(result.pages);
                        emit loaded(int(result.pages.size()));
                    }
                    startPdfIfReady();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void MaterialPageSet::adopt(QList<MaterialPage> pages)
{
    for (MaterialPage &page : pages)
        page.id = m_nextId++;
    const int first = int(m_pages.size());
    beginInsertRows({}, first, first + int(pages.size()) - 1);
    m_pages.append(pages);
    endInsertRows();
}

void MaterialPageSet::finish(const QString &pdfPath)
{
    if (isWritingPdf())
        return;
    m_pdfPath = pdfPath;
    startPdfIfReady();
}

void MaterialPageSet::startPdfIfReady()
{
    if (m_pdfPath.isEmpty() || m_pending > 0 || m_writingPdf || m_loading)
        return;
    m_writingPdf = true;
    const QString path = std::exchange(m_pdfPath, QString());
    MaterialPageWorker *worker = m_worker;
    const QList<MaterialPage> pages = m_pages;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, pages, path] {
            if (worker->stopping)
                return;
            const MaterialPageWorker::PdfResult result = worker->writePdf(pages, path);
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    m_writingPdf = false;
                    if (result.scan) {
                        qCInfo(lcScan) << "material PDF written:" << result.scan->pages << "pages,"
                                       << result.scan->bytes << "bytes";
                        emit finished(*result.scan);
                    } else {
                        emit finishFailed(result.problem);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace halldesk
