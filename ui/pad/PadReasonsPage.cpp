#include "pad/PadReasonsPage.h"

#include "pad/LevelBadge.h"
#include "pad/PadLook.h"
#include "pad/ReasonButton.h"
#include "rating/RatingRecord.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStyle>
#include <QVBoxLayout>

namespace halldesk {

namespace {

constexpr int GridSpacing = 10;
constexpr int SideWidth = 190; // the column of 提交 and 返回

} // namespace

PadReasonsPage::PadReasonsPage(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_level(new LevelBadge(LevelBadge::Layout::Stacked, this))
    , m_grid(new QGridLayout)
    , m_scroll(new QScrollArea(this))
    , m_comment(new QLineEdit(this))
    , m_submit(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_countdown(new QLabel(this))
{
    setObjectName(QStringLiteral("padReasonsPage"));
    m_question->setObjectName(QStringLiteral("padQuestion"));
    m_question->setFont(PadLook::font(PadLook::TitlePx, true));
    m_comment->setObjectName(QStringLiteral("padComment"));
    m_comment->setFont(PadLook::font(PadLook::ReasonPx));
    m_comment->setMaxLength(RatingRecord::MaxComment);
    m_comment->setMinimumHeight(PadLook::MinTargetPx);
    m_comment->setClearButtonEnabled(true);
    for (QPushButton *b : {m_submit, m_back}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setFont(PadLook::font(PadLook::TitlePx, true));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    m_submit->setMinimumHeight(PadLook::LevelTargetPx * 2 / 3);
    m_submit->setObjectName(QStringLiteral("padSubmit"));
    m_back->setObjectName(QStringLiteral("padBack"));
    m_back->setFont(PadLook::font(PadLook::BodyPx, true));
    m_back->setMinimumHeight(PadLook::MinTargetPx);
    m_hint->setFont(PadLook::font(PadLook::BodyPx));
    m_countdown->setObjectName(QStringLiteral("padCountdown"));
    m_countdown->setFont(PadLook::font(PadLook::BodyPx));
    // A narrow column: a longer language wraps rather than loses the end.
    m_countdown->setWordWrap(true);
    m_grid->setSpacing(GridSpacing);
    m_grid->setVerticalSpacing(8);

    // A hall may list more reasons than an 800×480 pad shows at once: they scroll, by a finger
    // dragging (QScroller) or the wheel, and the comment follows the last of them.
    auto *gridBox = new QWidget;
    gridBox->setObjectName(QStringLiteral("padReasonGrid"));
    gridBox->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(gridBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    gridBox->setAutoFillBackground(false);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);

    auto *choices = new QVBoxLayout;
    choices->setSpacing(12);
    choices->addWidget(m_question);
    choices->addWidget(m_scroll, 1);
    choices->addWidget(m_hint);

    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    side->addWidget(m_level);
    side->addStretch(1);
    side->addWidget(m_submit);
    side->addWidget(m_back);
    side->addWidget(m_countdown);
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setFixedWidth(SideWidth);
    side->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->setSpacing(16);
    layout->addLayout(choices, 1);
    layout->addWidget(sideBox);

    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (!checkedCodes().isEmpty())
            emit submitted(checkedCodes(), m_comment->text().trimmed());
    });
    connect(m_back, &QPushButton::clicked, this, &PadReasonsPage::backRequested);
    refresh();
}

void PadReasonsPage::display(const RatingRequest &request, RatingLevel level)
{
    qDeleteAll(m_reasons);
    m_reasons.clear();
    m_columns = 0;
    const QList<RatingReason> choices =
        request.reasonChoices.isEmpty() ? RatingReasons::defaults() : request.reasonChoices;
    for (const RatingReason &reason : choices) {
        auto *button = new ReasonButton(reason, this);
        connect(button, &ReasonButton::toggled, this, &PadReasonsPage::updateSubmit);
        m_reasons << button;
    }
    arrangeReasons();
    m_level->display(level);
    m_comment->clear();
    m_secondsLeft = 0;
    refresh();
}

void PadReasonsPage::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_countdown->setText(seconds > 0 ? tr("%n second(s) left", nullptr, seconds) : QString());
}

QStringList PadReasonsPage::checkedCodes() const
{
    QStringList codes;
    for (const ReasonButton *b : m_reasons)
        if (b->isChecked())
            codes << b->code();
    return codes;
}

void PadReasonsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PadReasonsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    arrangeReasons();
}

void PadReasonsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeReasons();
}

// As many columns as the widest reason allows (at most three), so a small screen gets two
// columns of whole labels rather than three of clipped ones. The comment takes the rest of the
// last row (or a row of its own).
void PadReasonsPage::arrangeReasons()
{
    int widest = 0;
    for (const ReasonButton *b : m_reasons)
        widest = qMax(widest, b->sizeHint().width());
    const QMargins margins = layout()->contentsMargins();
    // Room for the scroll bar, should the reasons need it.
    const int available = width() - margins.left() - margins.right() - layout()->spacing() -
                          SideWidth - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // Before the page is shown its width means nothing (a hidden widget is 640 wide): two
    // columns then, which fit the smallest pad screen, and never a minimum height of one column.
    const int columns =
        !isVisible() ? 2 : qBound(1, (available + GridSpacing) / (widest + GridSpacing), 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ReasonButton *b : m_reasons)
        m_grid->removeWidget(b);
    m_grid->removeWidget(m_comment);
    for (int i = 0; i < m_reasons.size(); ++i)
        m_grid->addWidget(m_reasons[i], i / columns, i % columns);
    const int last = int(m_reasons.size());
    const int row = last / columns;
    const int column = last % columns;
    m_grid->addWidget(m_comment, row, column, 1, columns - column);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void PadReasonsPage::updateSubmit()
{
    const bool any = !checkedCodes().isEmpty();
    m_submit->setEnabled(any);
    m_hint->setText(any ? QString() : tr("Tick at least one reason, then press Submit."));
}

void PadReasonsPage::refresh()
{
    m_question->setText(tr("Please choose why you are dissatisfied"));
    m_comment->setPlaceholderText(tr("Other comments (optional)"));
    m_submit->setText(tr("Submit"));
    m_back->setText(tr("Back"));
    setSecondsLeft(m_secondsLeft);
    updateSubmit();
}

} // namespace halldesk
