#pragma once

// Pages for the scanning tests and benchmark: a printed form with lines of text, a table rule
// and a red stamp, drawn at a given resolution, so the pipeline meets what a scanner delivers
// without a scanner. Fixed seed: the same page every run.

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QStringList>

namespace halldesk::test {

// A4 in pixels at dpi.
inline QSize a4Pixels(int dpi)
{
    return QSize(qRound(8.2677 * dpi), qRound(11.6929 * dpi));
}

inline QImage syntheticTextPage(QSize size, int dpi, QImage::Format format = QImage::Format_RGB32)
{
    QImage page(size, format);
    page.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(6, 11 * dpi / 72));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QStringList words = {
        QStringLiteral("application"),  QStringLiteral("resident"), QStringLiteral("licence"),
        QStringLiteral("of"),           QStringLiteral("the"),      QStringLiteral("business"),
        QStringLiteral("registration"), QStringLiteral("2026"),     QStringLiteral("address"),
        QStringLiteral("certificate"),  QStringLiteral("and"),      QStringLiteral("seal")};
    QRandomGenerator random(6);
    const int margin = dpi;
    const int lineHeight = font.pixelSize() * 3 / 2;
    const int lineWidth = size.width() - 2 * margin;
    // Paragraphs of 3 to 7 lines, the last one short, a blank line between them.
    int linesLeft = 0;
    for (int y = margin; y < size.height() - margin; y += lineHeight) {
        if (linesLeft == 0) {
            linesLeft = 3 + random.bounded(5);
            continue;
        }
        const int width =
            --linesLeft == 0 ? lineWidth * (20 + random.bounded(60)) / 100 : lineWidth * 9 / 10;
        QString line;
        while (painter.fontMetrics().horizontalAdvance(line) < width)
            line += words.at(random.bounded(int(words.size()))) + QLatin1Char(' ');
        painter.drawText(margin, y, line.trimmed());
    }
    painter.setPen(QPen(Qt::black, qMax(1, dpi / 100)));
    painter.drawLine(margin, margin / 2, size.width() - margin, margin / 2);
    painter.setPen(QPen(QColor(200, 30, 30), qMax(2, dpi / 40)));
    painter.drawEllipse(QPoint(size.width() - 2 * margin, size.height() - 2 * margin), dpi / 2,
                        dpi / 2);
    return page;
}

// A black-and-white checkerboard over the whole page, as SANE's test scanner draws its "Grid"
// picture: columns × rows squares, the top-left one black. No text rows to line up with.
inline QImage checkerboardPage(QSize size, int dpi, int columns, int rows)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&page);
    for (int row = 0; row < rows; ++row) {
        const int top = row * size.height() / rows;
        const int bottom = (row + 1) * size.height() / rows;
        for (int column = row % 2; column < columns; column += 2) {
            const int left = column * size.width() / columns;
            const int right = (column + 1) * size.width() / columns;
            painter.fillRect(left, top, right - left, bottom - top, Qt::black);
        }
    }
    return page;
}

// A form that is mostly a table: a title, a ruled grid of cells (a shaded header row, a
// thicker frame) and a short word in some cells, little text that could show the rows' angle.
inline QImage tableFormPage(QSize size, int dpi)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(6, 16 * dpi / 72));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const int margin = dpi * 3 / 4;
    painter.drawText(margin, margin, QStringLiteral("Application form 2026"));

    const QRect table(margin, margin + dpi / 2, size.width() - 2 * margin,
                      size.height() - 2 * margin - dpi / 2);
    const int columns = 4;
    const int rows = 16;
    const int rowHeight = table.height() / rows;
    painter.fillRect(table.left(), table.top(), table.width(), rowHeight, QColor(200, 200, 200));
    font.setPixelSize(qMax(6, 10 * dpi / 72));
    painter.setFont(font);
    const QStringList words = {QStringLiteral("name"), QStringLiteral("address"),
                               QStringLiteral("licence"), QStringLiteral("seal"),
                               QStringLiteral("2026-12-07")};
    QRandomGenerator random(7);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (random.bounded(3) != 0)
                continue;
            const int x = table.left() + column * table.width() / columns + dpi / 15;
            const int y = table.top() + row * rowHeight + rowHeight * 2 / 3;
            painter.drawText(x, y, words.at(random.bounded(int(words.size()))));
        }
    }
    painter.setPen(QPen(Qt::black, qMax(1, dpi / 75)));
    for (int row = 1; row < rows; ++row)
        painter.drawLine(table.left(), table.top() + row * rowHeight, table.right(),
                         table.top() + row * rowHeight);
    for (int column = 1; column < columns; ++column) {
        const int x = table.left() + column * table.width() / columns;
        painter.drawLine(x, table.top(), x, table.top() + rows * rowHeight);
    }
    painter.setPen(QPen(Qt::black, qMax(2, dpi / 40)));
    painter.drawRect(table.left(), table.top(), table.width(), rows * rowHeight);
    return page;
}

// image turned by degrees (clockwise on screen) about its centre, same size, white behind.
inline QImage turnedPage(const QImage &image, double degrees)
{
    QImage turned(image.size(), QImage::Format_RGB32);
    turned.setDotsPerMeterX(image.dotsPerMeterX());
    turned.setDotsPerMeterY(image.dotsPerMeterY());
    turned.fill(Qt::white);
    QPainter painter(&turned);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate(degrees);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.drawImage(0, 0, image);
    return turned;
}

} // namespace halldesk::test
