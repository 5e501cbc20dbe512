#pragma once

#include <QTimer>
#include <QWidget>

namespace halldesk {

// The notice line at the bottom: the text moves from right to left, again and again.
class BoardTicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int StepMs = 30;
    static constexpr int StepPx = 3; // 100 px a second: easy to read while it moves

    explicit BoardTicker(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    int offset() const { return m_offset; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void step();

    QString m_text;
    int m_offset = 0; // how far the text has moved left from its start
    QTimer m_timer;
};

} // namespace halldesk
