#pragma once

#include "pad/PadSession.h"

#include <QFrame>

class QLabel;

namespace halldesk {

// The pad's top line: the window and who serves at it, and, while the hall server is out of
// reach, a calm note that ratings are kept and sent later.
class PadStatusBar : public QFrame
{
    Q_OBJECT

public:
    explicit PadStatusBar(QWidget *parent = nullptr);

    void display(const PadWindowInfo &info);
    void setOnline(bool online);
    bool isOfflineShown() const;
    QString whereText() const;
    QString offlineText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PadWindowInfo m_info;
    bool m_online = true;
    QLabel *m_where;
    QLabel *m_offline;
};

} // namespace halldesk
