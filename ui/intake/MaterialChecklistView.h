#pragma once

#include "casework/MaterialCheck.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace halldesk {

class MaterialChecklistModel;

// The materials checklist as the clerk works through it with the documents on the desk:
// Up/Down pick a material, Space cycles 缺 → 已收 → 容缺 (容缺 only where the item allows it),
// digits type its page count, Backspace takes a digit back, Ctrl+A marks everything received.
// A line under the table counts the states, and one names the current material's note.
class MaterialChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialChecklistView(MaterialChecklistModel *model, QWidget *parent = nullptr);

    MaterialChecklistModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    int currentRow() const;
    void setCurrentRow(int row);
    QString summaryText() const;
    QString detailText() const;

    // The state Space moves a material to.
    static MaterialCheck::State nextState(const MaterialCheck &material);
    void cycleState(int row);
    void markAllReceived();

signals:
    void currentRowChanged(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typeDigit(int digit);
    void erasePageDigit();
    void updateSummary();
    void updateDetail();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void onReset();

    MaterialChecklistModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    // The first digit typed on a row replaces its page count; the next ones extend it.
    bool m_typingPages = false;
};

} // namespace halldesk
