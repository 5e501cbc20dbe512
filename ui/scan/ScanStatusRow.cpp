#include "scan/ScanStatusRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace halldesk {

ScanStatusRow::ScanStatusRow(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_bar->setTextVisible(false);
    QSizePolicy keepPlace = m_bar->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_bar->setSizePolicy(keepPlace);
    m_bar->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar, 1);
}

QString ScanStatusRow::text() const
{
    return m_text->text();
}

void ScanStatusRow::scanStarted()
{
    m_page = 0;
    m_bar->setRange(0, 0);
}

void ScanStatusRow::scanProgress(int page, int percent)
{
    m_page = page;
    m_bar->setRange(0, percent < 0 ? 0 : 100);
    m_bar->setValue(qMax(0, percent));
}

void ScanStatusRow::showState(const State &state)
{
    QString text;
    if (state.saving)
        text = tr("Saving the material…");
    else if (state.scanning && m_page > 0)
        text = tr("Scanning page %1…").arg(m_page);
    else if (state.scanning)
        text = tr("Starting the scan…");
    else if (state.pendingPages > 0)
        text = tr("Processing %n page(s)…", "", state.pendingPages);
    else if (state.listingScanners)
        text = tr("Looking for scanners…");
    m_text->setText(text);
    m_bar->setVisible(state.scanning || state.saving || state.pendingPages > 0);
    // Processing and saving give no percentage.
    if (state.saving || (!state.scanning && state.pendingPages > 0))
        m_bar->setRange(0, 0);
}

} // namespace halldesk
