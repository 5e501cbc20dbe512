#pragma once

#include <QPixmap>
#include <QWidget>

namespace halldesk {

// The clerk's photo on the idle screen, or, without one, a round placeholder with the clerk's
// surname (王, 欧阳), as the staff boards of a hall show it.
class StaffPhoto : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPhoto(QWidget *parent = nullptr);

    void display(const QString &name, const QPixmap &photo = {});
    bool hasPhoto() const { return !m_photo.isNull(); }
    // What the placeholder shows: the surname (a compound one whole), or the initials of a
    // name in Latin letters; empty for no name.
    static QString surname(const QString &name);
    QString placeholderText() const { return surname(m_name); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QPixmap m_photo;
};

} // namespace halldesk
