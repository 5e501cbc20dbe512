#pragma once

#include "pad/PadSession.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace halldesk {

class PadIdlePage;
class PadRatingPage;
class PadReasonsPage;
class PadStatusBar;
class PadThanksPage;

// The whole pad screen: the status line and one page a stage of the PadSession (idle, the
// five levels, the reasons of a 差评, thanks). The citizen's touches go to the session; what
// the session says (stage, window, time left, connection, problems) comes back to the pages.
class PadScreen : public QWidget
{
    Q_OBJECT

public:
    // How long a problem stays on screen unless the stage changes first.
    static constexpr int ProblemMs = 10000;

    explicit PadScreen(PadSession &session, QWidget *parent = nullptr);

    // Empty: the default commitment.
    void setCommitment(const QString &text);

    QWidget *currentPage() const;
    PadIdlePage *idlePage() const { return m_idle; }
    PadRatingPage *ratingPage() const { return m_rating; }
    PadReasonsPage *reasonsPage() const { return m_reasons; }
    PadThanksPage *thanksPage() const { return m_thanks; }
    PadStatusBar *statusBar() const { return m_status; }
    // The problem shown, empty when none.
    QString problemText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showStage(PadSession::Stage stage);
    void showWindow();
    void showProblem(const QString &message);
    void placeProblem();

    PadSession &m_session;
    PadStatusBar *m_status;
    QLabel *m_problem;
    QStackedWidget *m_pages;
    PadIdlePage *m_idle;
    PadRatingPage *m_rating;
    PadReasonsPage *m_reasons;
    PadThanksPage *m_thanks;
    QTimer m_problemTimer;
};

} // namespace halldesk
