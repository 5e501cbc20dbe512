#pragma once

#include "catalogue/ServiceItem.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace halldesk {

// The application forms of the chosen items, one group per item with a form: a line edit per
// field (a drop-down for a choice), each value checked with FormFieldValidator as it is typed
// and the problem shown next to the field.
class FormFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormFieldsEditor(QWidget *parent = nullptr);

    // The items must stay alive until the next setItems() or the editor's end. Values typed
    // for an item that stays chosen are kept.
    void setItems(const QList<const ServiceItem *> &items);
    // The hall's date, which bounds a birth date in an ID number; today's date until set.
    void setToday(QDate today);

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    // Item code → field key → value as FormFieldValidator normalized it; fields left blank or
    // not passing are left out.
    QMap<QString, QMap<QString, QString>> values() const;

    QWidget *editor(const QString &itemCode, const QString &key) const;
    QString errorText(const QString &itemCode, const QString &key) const;
    // The clerk wants to move on: every field shows its problem, not only the ones typed in,
    // and the first field with one takes the focus. False when there is nothing to show.
    bool revealErrors();

signals:
    void validityChanged(bool valid);

private:
    struct Field
    {
        QString itemCode;
        FormField spec;
        QLineEdit *edit = nullptr;
        QComboBox *choice = nullptr;
        QLabel *error = nullptr;
        bool touched = false;
    };

    QString text(const Field &field) const;
    const Field *find(const QString &itemCode, const QString &key) const;
    void revalidate();

    QDate m_today;
    QVBoxLayout *m_groups = nullptr;
    QLabel *m_empty = nullptr;
    QList<Field> m_fields;
    bool m_valid = true;
};

} // namespace halldesk
