#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace halldesk {

// The board's top line: what it shows, the time, and while the hall server is out of reach a
// note saying so in words (the calls below may then be out of date).
class BoardStatusBar : public QFrame
{
    Q_OBJECT

public:
    explicit BoardStatusBar(QWidget *parent = nullptr);

    void setOnline(bool online);
    void setTime(const QDateTime &now);
    bool isOfflineShown() const;
    QString offlineText() const;
    QString titleText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    bool m_online = false;
    QDateTime m_now;
    QLabel *m_title;
    QLabel *m_offline;
    QLabel *m_time;
};

} // namespace halldesk
