#include "supervisor/ReportsPage.h"

#include "client/HallClient.h"
#include "clock/Clock.h"
#include "notice/ReportPdfWriter.h"
#include "supervisor/EmphasisRowDelegate.h"
#include "supervisor/HallReportTable.h"
#include "supervisor/ReportCsv.h"
#include "supervisor/SupervisorLook.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace halldesk {

namespace {

QString askForPath(QWidget *parent, const QString &suggested, const QString &filter)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, ReportsPage::tr("Export the report"),
                                        QDir(folder).filePath(suggested), filter);
}

} // namespace

ReportsPage::ReportsPage(HallClient &client, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
    , m_choosePath(askForPath)
{
    m_table = new HallReportTable(this);

    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_grouping = new QComboBox;
    for (auto grouping : {ReportRequest::Grouping::Day, ReportRequest::Grouping::Area,
                          ReportRequest::Grouping::Queue, ReportRequest::Grouping::Window,
                          ReportRequest::Grouping::Staff})
        m_grouping->addItem(ReportRequest::groupingName(grouping), int(grouping));
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"));
    toLabel->setBuddy(m_to);
    auto *groupLabel = new QLabel(tr("&Grouped"));
    groupLabel->setBuddy(m_grouping);

    auto *month = new QPushButton(tr("This month"));
    auto *quarter = new QPushButton(tr("This quarter"));
    auto *lastQuarter = new QPushButton(tr("Last quarter"));
    m_generate = new QPushButton(tr("&Make report"));
    m_generate->setDefault(true);
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_pdf = new QPushButton(tr("Export &PDF…"));
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(10);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_grouping);
    controls->addSpacing(12);
    controls->addWidget(month);
    controls->addWidget(quarter);
    controls->addWidget(lastQuarter);
    controls->addSpacing(12);
    controls->addWidget(m_generate);
    controls->addStretch(1);
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    m_view = new QTableView;
    m_view->setModel(m_table);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 14);
    m_view->horizontalHeader()->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HallReportTable::Key, QHeaderView::Stretch);
    m_view->setItemDelegate(new EmphasisRowDelegate(HallReportTable::TotalsRole,
                                                    SupervisorLook::summaryRowTint(),
                                                    EmphasisRowDelegate::AllColumns, m_view));

    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_generate, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(month, &QPushButton::clicked, this,
            [this] { setRequest(ReportRequest::monthOf(today(), request().groupBy)); });
    connect(quarter, &QPushButton::clicked, this,
            [this] { setRequest(ReportRequest::quarterOf(today(), request().groupBy)); });
    connect(lastQuarter, &QPushButton::clicked, this,
            [this] { setRequest(ReportRequest::previousQuarter(today(), request().groupBy)); });
    connect(m_csv, &QPushButton::clicked, this,
            [this] { exportTo(QStringLiteral("csv"), tr("CSV files (*.csv)")); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { exportTo(QStringLiteral("pdf"), tr("PDF files (*.pdf)")); });

    setRequest(ReportRequest::monthOf(today(), ReportRequest::Grouping::Day));
    showStatus(tr("Choose the days and the grouping, then make the report."), false);
}

ReportsPage::~ReportsPage() = default;

QDate ReportsPage::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

void ReportsPage::setRequest(const ReportRequest &request)
{
    m_from->setDate(request.from);
    m_to->setDate(request.to);
    m_grouping->setCurrentIndex(m_grouping->findData(int(request.groupBy)));
}

ReportRequest ReportsPage::request() const
{
    return {m_from->date(), m_to->date(),
            ReportRequest::Grouping(m_grouping->currentData().toInt())};
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? SupervisorLook::problemStyleSheet(QFont::Bold) : QString());
}

void ReportsPage::generate()
{
    const ReportRequest wanted = request();
    if (const QString problem = wanted.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    // A report asked for again before the last one came back replaces it; the late answer
    // of the earlier one is dropped.
    const quint64 generation = ++m_generation;
    m_generate->setEnabled(false);
    showStatus(tr("Making the report…"), false);
    QPointer<ReportsPage> self(this);
    m_client.request(
        QStringLiteral("hallReport"), wanted.args(),
        [self, wanted, generation](const ClientReply &reply) {
            if (!self || generation != self->m_generation)
                return;
            self->m_generate->setEnabled(true);
            const bool shown = reply.ok && self->m_table->setReport(wanted, reply.result);
            self->m_csv->setEnabled(shown);
            self->m_pdf->setEnabled(shown);
            if (!reply.ok)
                self->showStatus(tr("The report could not be made: %1").arg(reply.error.message()),
                                 true);
            else if (!shown)
                self->showStatus(tr("The server's answer was not a report."), true);
            else
                self->showStatus(tr("%1: %n row(s).", nullptr, self->m_table->keyRows())
                                     .arg(self->m_table->title()),
                                 false);
        });
}

QString ReportsPage::suggestedName(const QString &extension) const
{
    const ReportRequest &r = m_table->request();
    return tr("hall-statistics_%1_%2_%3")
               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                    ReportRequest::storageName(r.groupBy)) +
           QLatin1Char('.') + extension;
}

void ReportsPage::exportTo(const QString &extension, const QString &filter)
{
    QString path = m_choosePath(this, suggestedName(extension), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    if (extension == QLatin1String("csv"))
        exportCsv(path);
    else
        exportPdf(path);
}

bool ReportsPage::exportCsv(const QString &path)
{
    if (!m_table->hasReport())
        return false;
    ReportCsv csv;
    if (!csv.write(path, m_table->title(), m_table->headings(), m_table->texts())) {
        showStatus(csv.errorString(), true);
        return false;
    }
    showStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ReportsPage::exportPdf(const QString &path)
{
    if (!m_table->hasReport())
        return false;
    ReportPdfWriter::Report report;
    report.title = m_table->title();
    report.madeAt = m_clock.nowUtc().toLocalTime();
    report.headings = m_table->headings();
    report.rows = m_table->texts();
    for (int column = 0; column < HallReportTable::ColumnCount; ++column)
        report.numeric << HallReportTable::isNumeric(column);
    ReportPdfWriter writer;
    if (!writer.write(report, path)) {
        showStatus(writer.errorString(), true);
        return false;
    }
    showStatus(tr("Saved as %1 (%n page(s)).", nullptr, writer.pageCount())
                   .arg(QDir::toNativeSeparators(path)),
               false);
    return true;
}

} // namespace halldesk
