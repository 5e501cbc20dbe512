#pragma once

#include "casework/Applicant.h"
#include "casework/ApplicantValidator.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace halldesk {

// Who applies, typed at the window: a person (name, ID number, mobile) or an organisation
// (name, credit code, legal representative, contact, mobile); Alt+1 and Alt+2 switch. Each
// field is checked with ApplicantValidator as it is typed, once the clerk has edited or left
// it, and the problem is shown right under the field. On leaving a field its value is shown
// as it will be stored: a 15-digit ID number as its 18-digit form, a credit code in capitals,
// a mobile as 11 digits.
class ApplicantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget *parent = nullptr);

    Applicant::Kind kind() const { return m_kind; }
    void setKind(Applicant::Kind kind);
    // The hall's date, which bounds a plausible birth date; today's date until set.
    void setToday(QDate today);

    bool isValid() const { return m_valid; }
    // Normalized; the fields that do not pass are empty, so check isValid() first.
    Applicant applicant() const { return m_outcome.normalized; }
    // Fills the form for a returning applicant; what is filled in is checked at once.
    void setApplicant(const Applicant &applicant);
    void clear();

    // What the form shows under a field of the current kind (ApplicantValidator's field
    // keys): a problem, a note on the stored form, or nothing.
    QString messageText(const QString &fieldKey) const;
    bool showsError(const QString &fieldKey) const;
    // The clerk wants to move on: every field shows its problem, not only the ones visited,
    // and the first field with one takes the focus. False when there is nothing to show.
    bool revealErrors();
    QLineEdit *editor(const QString &fieldKey) const;

signals:
    void validityChanged(bool valid);
    void applicantChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
        bool touched = false;
    };

    QWidget *buildPage(Applicant::Kind kind);
    void addField(Applicant::Kind kind, QGridLayout *grid, const QString &key, const QString &label,
                  int maxLength);
    QList<Field> &fields(Applicant::Kind kind);
    const Field *field(const QString &key) const;
    Applicant typed() const;
    void revalidate();
    void leave(Field &field);
    void chooseKindByKey(Applicant::Kind kind);

    Applicant::Kind m_kind = Applicant::Kind::Person;
    QDate m_today;
    QButtonGroup *m_kinds = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Field> m_person;
    QList<Field> m_organisation;
    ApplicantValidator::Outcome m_outcome;
    bool m_valid = false;
};

} // namespace halldesk
