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
