#pragma once

#include "rating/RatingLevel.h"
#include "rating/RatingRequest.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace halldesk {

class LevelBadge;
class ReasonButton;

// After a 差评: the hall's checklist of reasons as large buttons to tick (at least one), an
// optional comment of at most 200 characters, 提交 and 返回 (choose another level).
class PadReasonsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PadReasonsPage(QWidget *parent = nullptr);

    // Starts afresh: nothing ticked, no comment.
    void display(const RatingRequest &request, RatingLevel level);
    void setSecondsLeft(int seconds);

    QList<ReasonButton *> reasonButtons() const { return m_reasons; }
    QStringList checkedCodes() const;
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *backButton() const { return m_back; }
    QScrollArea *reasonArea() const { return m_scroll; }
    int columns() const { return m_columns; }

signals:
    void submitted(const QStringList &reasonCodes, const QString &comment);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateSubmit();
    void arrangeReasons();

    QLabel *m_question;
    LevelBadge *m_level;
    QGridLayout *m_grid;
    QScrollArea *m_scroll;
    QLineEdit *m_comment;
    QPushButton *m_submit;
    QPushButton *m_back;
    QLabel *m_hint;
    QLabel *m_countdown;
    QList<ReasonButton *> m_reasons;
    int m_secondsLeft = 0;
    int m_columns = 0;
};

} // namespace halldesk
