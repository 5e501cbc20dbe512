#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace halldesk {

class FollowUpDetail;
class FollowUpTableModel;
class HallClient;

// 差评整改: the supervisor's list of follow-ups of bad ratings (`followUps`), filtered by state
// or to the overdue ones, kept current by the server's `followUp` events, with the chosen one's
// details and its next steps (`followUpAction`).
class FollowUpsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsPage(HallClient &client, QWidget *parent = nullptr);
    ~FollowUpsPage() override;

    void refresh();
    void select(int row);
    // Takes a step with the note typed in the detail pane.
    void act(const QString &action);

    FollowUpTableModel *model() const { return m_model; }
    FollowUpDetail *detail() const { return m_detail; }
    QComboBox *stateFilter() const { return m_state; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onEvent(const QString &kind, const QJsonObject &data);
    void showSelected();
    qint64 selectedId() const;

    HallClient &m_client;
    FollowUpTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    FollowUpDetail *m_detail = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_generation = 0;
};

} // namespace halldesk
