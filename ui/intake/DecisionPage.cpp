#include "intake/DecisionPage.h"

#include "casework/MaterialChecklistModel.h"
#include "intake/DecisionPanel.h"
#include "intake/MaterialChecklistView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace halldesk {

DecisionPage::DecisionPage(QWidget *parent)
    : QWidget(parent)
    , m_checklist(new MaterialChecklistModel(this))
    , m_materials(new MaterialChecklistView(m_checklist))
    , m_decision(new DecisionPanel)
    , m_earlier(new QLabel)
    , m_reuse(new QPushButton(tr("Reuse (Ctrl+R)")))
    , m_scan(new QPushButton(tr("Scan this material (F6)")))
{
    m_earlier->setObjectName(QStringLiteral("earlierMaterials"));
    m_earlier->setWordWrap(true);
    m_reuse->setAutoDefault(false);
    m_reuse->setFocusPolicy(Qt::NoFocus);
    m_reuse->hide();
    connect(m_reuse, &QPushButton::clicked, this, &DecisionPage::reuseEarlier);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this), &QShortcut::activated, this,
            &DecisionPage::reuseEarlier);
    m_scan->setAutoDefault(false);
    m_scan->setFocusPolicy(Qt::NoFocus);
    m_scan->hide();
    const auto requestScan = [this] {
        if (m_scanAvailable)
            emit scanRequested(m_materials->currentRow());
    };
    connect(m_scan, &QPushButton::clicked, this, requestScan);
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this,
            requestScan);
    connect(m_checklist, &MaterialChecklistModel::materialsChanged, this, [this] {
        m_decision->setMaterials(m_checklist->materials());
        updateEarlier();
    });

    auto *earlierRow = new QHBoxLayout;
    earlierRow->addWidget(m_earlier, 1);
    earlierRow->addWidget(m_reuse);

    auto *materialsColumn = new QVBoxLayout;
    materialsColumn->addWidget(new QLabel(tr("<b>Materials</b>")));
    materialsColumn->addLayout(earlierRow);
    materialsColumn->addWidget(m_materials, 1);
    auto *scanRow = new QHBoxLayout;
    scanRow->addStretch(1);
    scanRow->addWidget(m_scan);
    materialsColumn->addLayout(scanRow);
    auto *decisionColumn = new QVBoxLayout;
    decisionColumn->addWidget(new QLabel(tr("<b>Decision</b>")));
    decisionColumn->addWidget(m_decision);
    decisionColumn->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(materialsColumn, 1);
    layout->addLayout(decisionColumn, 1);
    m_earlier->hide();
}

void DecisionPage::setScanAvailable(bool available)
{
    m_scanAvailable = available;
    m_scan->setVisible(available);
}

void DecisionPage::showLookingUp()
{
    m_earlierMaterials.clear();
    m_lookedUp = false;
    m_earlier->setText(tr("Looking up the applicant's earlier cases…"));
    m_earlier->show();
    m_reuse->hide();
}

void DecisionPage::setEarlierMaterials(const QList<EarlierMaterial> &materials)
{
    m_earlierMaterials = materials;
    m_lookedUp = true;
    updateEarlier();
}

void DecisionPage::showLookupProblem(const QString &problem)
{
    m_earlierMaterials.clear();
    m_lookedUp = false;
    m_earlier->setText(tr("Earlier cases could not be looked up: %1").arg(problem));
    m_earlier->show();
    m_reuse->hide();
}

QString DecisionPage::earlierText() const
{
    return m_earlier->isVisibleTo(this) ? m_earlier->text() : QString();
}

int DecisionPage::reuseEarlier()
{
    return m_checklist->reuse(m_earlierMaterials);
}

void DecisionPage::updateEarlier()
{
    if (!m_lookedUp)
        return;
    const QList<EarlierMaterial> usable = m_checklist->reusable(m_earlierMaterials);
    m_reuse->setVisible(!usable.isEmpty());
    if (usable.isEmpty()) {
        m_earlier->setText(m_earlierMaterials.isEmpty()
                               ? tr("No documents from earlier cases of this applicant.")
                               : tr("Nothing still missing was handed in with an earlier case."));
        m_earlier->show();
        return;
    }
    QStringList names;
    for (const EarlierMaterial &copy : usable) {
        //: A document from an earlier case: 居民身份证（20261120-0003-0002，2页）
        names << tr("%1 (%2, %n page(s))", nullptr, copy.pages).arg(copy.name, copy.caseNumber);
    }
    m_earlier->setText(tr("Handed in with earlier cases: %1. Check that they still serve, then "
                          "take them again with Ctrl+R.")
                           .arg(names.join(tr(", "))));
    m_earlier->show();
}

} // namespace halldesk
