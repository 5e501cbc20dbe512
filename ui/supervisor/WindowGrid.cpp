#include "supervisor/WindowGrid.h"

#include "supervisor/SupervisorLook.h"
#include "supervisor/WindowGridModel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace halldesk {

namespace {

constexpr int Margin = 8;
constexpr int Padding = 5;

} // namespace

WindowGrid::WindowGrid(QAbstractItemModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &WindowGrid::relayout);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &WindowGrid::relayout);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &WindowGrid::relayout);
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                onDataChanged(top.row(), bottom.row());
            });
    relayout();
}

int WindowGrid::tileCount() const
{
    return int(std::count_if(m_tiles.cbegin(), m_tiles.cend(),
                             [](const QRect &tile) { return !tile.isNull(); }));
}

QStringList WindowGrid::headings() const
{
    QStringList titles;
    for (const Heading &heading : m_headings)
        titles << heading.title;
    return titles;
}

int WindowGrid::rowAt(int number) const
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.index(row, 0).data(WindowGridModel::NumberRole).toInt() == number)
            return row;
    }
    return -1;
}

QStringList WindowGrid::tileLines(int number) const
{
    QStringList texts;
    const int row = rowAt(number);
    if (row < 0 || m_tiles.value(row).isNull())
        return texts;
    for (const Line &line : linesOf(row))
        texts << line.text;
    return texts;
}

QRect WindowGrid::tileRect(int number) const
{
    const int row = rowAt(number);
    return row >= 0 && row < m_tiles.size() ? m_tiles.at(row) : QRect();
}

QStringList WindowGrid::clippedTiles() const
{
    QStringList problems;
    for (int row = 0; row < m_tiles.size(); ++row) {
        if (m_tiles.at(row).isNull())
            continue;
        for (const Line &line : linesOf(row)) {
            const QFontMetrics fm(SupervisorLook::font(SupervisorLook::TilePx, line.bold));
            if (fm.horizontalAdvance(line.text) > line.rect.width() ||
                fm.height() > line.rect.height())
                problems << QStringLiteral("tile %1: %2")
                                .arg(
                                    m_model.index(row, 0).data(WindowGridModel::NumberRole).toInt())
                                .arg(line.text);
        }
    }
    return problems;
}

QSize WindowGrid::sizeHint() const
{
    return {8 * (SupervisorLook::TileWidth + SupervisorLook::TileSpacing), m_height};
}

QList<WindowGrid::Line> WindowGrid::linesOf(int row) const
{
    const QModelIndex at = m_model.index(row, 0);
    const QRect tile = m_tiles.value(row).adjusted(Padding, Padding, -Padding, -Padding);
    const int lineHeight = tile.height() / 3;
    auto lineRect = [&](int i) {
        return QRect(tile.left(), tile.top() + i * lineHeight, tile.width(), lineHeight);
    };
    const QString clerk = at.data(WindowGridModel::ClerkRole).toString();
    const QString ticket = at.data(WindowGridModel::TicketRole).toString();
    const QString time = at.data(WindowGridModel::ServiceTimeRole).toString();
    QList<Line> lines;
    lines.append({clerk.isEmpty() ? at.data(WindowGridModel::NumberRole).toString()
                                  : at.data(WindowGridModel::NumberRole).toString() +
                                        QStringLiteral("  ") + clerk,
                  lineRect(0), true, false});
    // The state's words inset in its coloured band.
    lines.append({at.data(WindowGridModel::StatusTextRole).toString(),
                  lineRect(1).adjusted(Padding, 0, -Padding, 0), true, true});
    if (!ticket.isEmpty())
        lines.append({time.isEmpty() ? ticket : ticket + QStringLiteral("  ") + time, lineRect(2),
                      false, false});
    return lines;
}

bool WindowGrid::shows(int row) const
{
    const QModelIndex at = m_model.index(row, 0);
    if (!m_areaFilter.isEmpty() && at.data(WindowGridModel::AreaRole).toString() != m_areaFilter)
        return false;
    return !m_signedInOnly ||
           WindowStatus(at.data(WindowGridModel::StatusRole).toInt()) != WindowStatus::SignedOut;
}

void WindowGrid::setAreaFilter(const QString &area)
{
    if (area == m_areaFilter)
        return;
    m_areaFilter = area;
    relayout();
}

void WindowGrid::setSignedInOnly(bool signedInOnly)
{
    if (signedInOnly == m_signedInOnly)
        return;
    m_signedInOnly = signedInOnly;
    relayout();
}

QList<QPair<QString, QString>> WindowGrid::areas() const
{
    return m_areas;
}

void WindowGrid::onDataChanged(int first, int last)
{
    for (int row = std::max(0, first); row <= last && row < m_tiles.size(); ++row) {
        if (m_tiles.at(row).isNull() == shows(row)) {
            relayout();
            return;
        }
    }
    repaintRows(first, last);
}

void WindowGrid::relayout()
{
    m_headings.clear();
    m_tiles.clear();
    QList<QPair<QString, QString>> areas;
    const int step = SupervisorLook::TileWidth + SupervisorLook::TileSpacing;
    const int perRow = std::max(1, (width() - 2 * Margin + SupervisorLook::TileSpacing) / step);
    int y = Margin;
    QString area;
    bool areaShown = false;
    int column = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex at = m_model.index(row, 0);
        const QString rowArea = at.data(WindowGridModel::AreaRole).toString();
        if (row == 0 || rowArea != area) {
            area = rowArea;
            areaShown = false;
            areas.append({rowArea, at.data(WindowGridModel::AreaTitleRole).toString()});
        }
        if (!shows(row)) {
            m_tiles.append(QRect());
            continue;
        }
        if (!areaShown) {
            if (!m_headings.isEmpty())
                y += SupervisorLook::TileHeight + SupervisorLook::TileSpacing;
            m_headings.append(
                {at.data(WindowGridModel::AreaTitleRole).toString(),
                 QRect(Margin, y, width() - 2 * Margin, SupervisorLook::HeadingHeight)});
            y += SupervisorLook::HeadingHeight;
            column = 0;
            areaShown = true;
        } else if (column == perRow) {
            y += SupervisorLook::TileHeight + SupervisorLook::TileSpacing;
            column = 0;
        }
        m_tiles.append(QRect(Margin + column * step, y, SupervisorLook::TileWidth,
                             SupervisorLook::TileHeight));
        ++column;
    }
    m_height = m_headings.isEmpty() ? 0 : y + SupervisorLook::TileHeight + Margin;
    // The scroll area gives the width; the rows decide the height.
    setMinimumHeight(m_height);
    update();
    if (areas != m_areas) {
        m_areas = areas;
        emit areasChanged();
    }
}

void WindowGrid::repaintRows(int first, int last)
{
    QRect dirty;
    for (int row = std::max(0, first); row <= last && row < m_tiles.size(); ++row)
        dirty |= m_tiles.at(row);
    if (!dirty.isNull())
        update(dirty);
}

void WindowGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool WindowGrid::event(QEvent *event)
{
    // A pause reason too long for its tile is elided; the tooltip shows the whole tile.
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        for (int row = 0; row < m_tiles.size(); ++row) {
            if (m_tiles.at(row).isNull() || !m_tiles.at(row).contains(at))
                continue;
            QStringList texts;
            for (const Line &line : linesOf(row))
                texts << line.text;
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                               texts.join(QLatin1Char('\n')), this, m_tiles.at(row));
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WindowGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), QColor(0xe9, 0xec, 0xf1));
    painter.setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    if (m_headings.isEmpty() && m_model.rowCount() > 0)
        painter.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin),
                         Qt::AlignLeft | Qt::AlignTop,
                         tr("No window of this area has anyone signed in."));
    for (const Heading &heading : std::as_const(m_headings)) {
        if (heading.rect.intersects(event->rect()))
            painter.drawText(heading.rect, Qt::AlignLeft | Qt::AlignVCenter, heading.title);
    }
    for (int row = 0; row < m_tiles.size(); ++row) {
        const QRect tile = m_tiles.at(row);
        if (tile.isNull() || !tile.intersects(event->rect()))
            continue;
        const auto status =
            WindowStatus(m_model.index(row, 0).data(WindowGridModel::StatusRole).toInt());
        const QColor colour = SupervisorLook::statusColor(status);
        painter.setPen(QColor(0xb8, 0xbf, 0xc8));
        painter.setBrush(SupervisorLook::tileBackground(status));
        painter.drawRect(tile.adjusted(0, 0, -1, -1));
        const QList<Line> lines = linesOf(row);
        painter.fillRect(lines.at(1).rect.adjusted(-Padding, 0, Padding, 0), colour);
        for (const Line &line : lines) {
            const QFont font = SupervisorLook::font(SupervisorLook::TilePx, line.bold);
            painter.setFont(font);
            painter.setPen(line.onColour ? SupervisorLook::statusTextColor(status)
                                         : QColor(0x1a, 0x1a, 0x1a));
            const QString text =
                QFontMetrics(font).elidedText(line.text, Qt::ElideRight, line.rect.width());
            painter.drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

} // namespace halldesk
