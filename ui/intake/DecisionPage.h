#pragma once

#include "casework/EarlierMaterials.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace halldesk {

class DecisionPanel;
class MaterialChecklistModel;
class MaterialChecklistView;

// The intake's last step: the materials on the desk beside the decision. Above the checklist
// it says what the applicant handed in with earlier cases; Ctrl+R takes those documents again
// for the materials still missing, because the clerk has to confirm that an earlier copy still
// serves (an ID card may have expired since). F6 scans the current material, where the counter
// scans at all (setScanAvailable).
class DecisionPage : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPage(QWidget *parent = nullptr);

    MaterialChecklistModel *checklist() const { return m_checklist; }
    MaterialChecklistView *materialsView() const { return m_materials; }
    DecisionPanel *decisionPanel() const { return m_decision; }

    // The earlier cases are being looked up.
    void showLookingUp();
    // What the lookup found; a problem (offline) in the user's language instead.
    void setEarlierMaterials(const QList<EarlierMaterial> &materials);
    void showLookupProblem(const QString &problem);
    QString earlierText() const;
    // The earlier copies taken for the materials still missing; how many.
    int reuseEarlier();
    void setScanAvailable(bool available);
    bool isScanAvailable() const { return m_scanAvailable; }

signals:
    // The clerk asked to scan the material in this row of the checklist.
    void scanRequested(int row);

private:
    void updateEarlier();

    MaterialChecklistModel *m_checklist;
    MaterialChecklistView *m_materials;
    DecisionPanel *m_decision;
    QLabel *m_earlier;
    QPushButton *m_reuse;
    QPushButton *m_scan;
    bool m_scanAvailable = false;
    QList<EarlierMaterial> m_earlierMaterials;
    bool m_lookedUp = false;
};

} // namespace halldesk
