#pragma once

#include "TransferChoice.h"
#include "counter/HallLayout.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace halldesk {

// The clerk sends the ticket being served to another queue, to a specific window, or both, with
// an optional note for the next clerk. The server's rules (PROTOCOL.md §5.22) are checked here
// first so the clerk learns at once: a queue or a window must be chosen, the same queue needs a
// window, and the counter's own window is no target.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const HallLayout &layout, int ownWindow, const QString &ticketNumber,
                   const QString &currentQueue, QWidget *parent = nullptr);

    TransferChoice choice() const;
    QString errorText() const;
    // The queue codes the list shows at the moment (after filtering), for tests and owners that
    // want to preselect.
    QStringList visibleQueues() const;
    void selectQueue(const QString &code);
    void selectWindow(int window);

    void accept() override;

    static constexpr int MaxCommentLength = 500;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Problem
    {
        None,
        NothingChosen,
        SameQueueWithoutWindow,
        OwnWindow,
        NoMatch
    };

    void fillQueues(const HallLayout &layout);
    void fillWindows(const HallLayout &layout);
    void applyFilter(const QString &text);
    QListWidgetItem *selectedQueueItem() const;
    Problem problem() const;
    QString describe(Problem problem) const;
    void showLiveProblem();
    void showError(const QString &message, QWidget *focus);

    int m_ownWindow = 0;
    QString m_currentQueue;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_queues = nullptr;
    QListWidgetItem *m_keepQueue = nullptr;
    QComboBox *m_windows = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace halldesk
