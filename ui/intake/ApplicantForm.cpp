#include "intake/ApplicantForm.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

namespace {

using V = ApplicantValidator;

const QColor ErrorColour(0xb0, 0x1e, 0x1e);
const QColor NoteColour(0x15, 0x65, 0xc0);

QString valueOf(const Applicant &a, const QString &key)
{
    if (key == V::NameField)
        return a.name;
    if (key == V::ResidentIdField)
        return a.residentId;
    if (key == V::MobileField)
        return a.mobile;
    if (key == V::CreditCodeField)
        return a.creditCode;
    if (key == V::LegalRepresentativeField)
        return a.legalRepresentative;
    if (key == V::ContactNameField)
        return a.contactName;
    return {};
}

void assign(Applicant &a, const QString &key, const QString &value)
{
    if (key == V::NameField)
        a.name = value;
    else if (key == V::ResidentIdField)
        a.residentId = value;
    else if (key == V::MobileField)
        a.mobile = value;
    else if (key == V::CreditCodeField)
        a.creditCode = value;
    else if (key == V::LegalRepresentativeField)
        a.legalRepresentative = value;
    else if (key == V::ContactNameField)
        a.contactName = value;
}

bool isCode(const QString &key)
{
    return key == V::ResidentIdField || key == V::CreditCodeField || key == V::MobileField;
}

void showMessage(QLabel *label, const QString &text, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    label->setText(text);
}

} // namespace

ApplicantForm::ApplicantForm(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    m_kinds = new QButtonGroup(this);
    auto *kindRow = new QHBoxLayout;
    const auto addKind = [&](Applicant::Kind kind, const QString &text, Qt::Key key) {
        const QKeySequence shortcut(Qt::ALT | key);
        auto *button = new QRadioButton(
            QStringLiteral("%1  (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)),
            this);
        m_kinds->addButton(button, int(kind));
        kindRow->addWidget(button);
        connect(new QShortcut(shortcut, this), &QShortcut::activated, this,
                [this, kind] { chooseKindByKey(kind); });
    };
    addKind(Applicant::Kind::Person, tr("Person"), Qt::Key_1);
    addKind(Applicant::Kind::Organisation, tr("Organisation"), Qt::Key_2);
    kindRow->addStretch();
    m_kinds->button(int(Applicant::Kind::Person))->setChecked(true);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            setKind(static_cast<Applicant::Kind>(id));
    });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPage(Applicant::Kind::Person));
    m_pages->addWidget(buildPage(Applicant::Kind::Organisation));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_pages);

    revalidate();
}

QWidget *ApplicantForm::buildPage(Applicant::Kind kind)
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    if (kind == Applicant::Kind::Person) {
        addField(kind, grid, V::NameField, tr("&Name:"), 30);
        addField(kind, grid, V::ResidentIdField, tr("&ID number:"), 18);
        addField(kind, grid, V::MobileField, tr("&Mobile:"), 20);
    } else {
        addField(kind, grid, V::NameField, tr("Organisation &name:"), 100);
        addField(kind, grid, V::CreditCodeField, tr("&Credit code:"), 18);
        addField(kind, grid, V::LegalRepresentativeField, tr("&Legal representative:"), 30);
        addField(kind, grid, V::ContactNameField, tr("C&ontact person:"), 30);
        addField(kind, grid, V::MobileField, tr("Contact's &mobile:"), 20);
    }
    // Spare height goes below the fields, not between them.
    grid->setRowStretch(grid->rowCount(), 1);
    return page;
}

void ApplicantForm::addField(Applicant::Kind kind, QGridLayout *grid, const QString &key,
                             const QString &label, int maxLength)
{
    Field f;
    f.key = key;
    f.edit = new QLineEdit(this);
    f.edit->setMaxLength(maxLength);
    f.edit->installEventFilter(this);
    if (isCode(key)) {
        // Codes are Latin; the Chinese input method would only get in the way.
        f.edit->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText |
                                    Qt::ImhPreferUppercase);
        QFont mono = f.edit->font();
        mono.setLetterSpacing(QFont::AbsoluteSpacing, 1);
        f.edit->setFont(mono);
        // The whole code stays in view, so the clerk can read it back digit by digit.
        f.edit->setMinimumWidth(f.edit->fontMetrics().horizontalAdvance(
                                    QString(qMin(maxLength, 18), QLatin1Char('8'))) +
                                f.edit->fontMetrics().averageCharWidth() * 3);
    } else {
        // Twelve Chinese characters in view: most organisation names, every person's name.
        f.edit->setMinimumWidth(f.edit->fontMetrics().horizontalAdvance(QString(12, QChar(u'汉'))));
    }
    f.message = new QLabel(this);
    f.message->setWordWrap(true);
    // The line is kept even when empty, so the form does not jump while the clerk types.
    f.message->setMinimumHeight(f.message->fontMetrics().height());
    auto *caption = new QLabel(label, this);
    caption->setBuddy(f.edit);
    f.edit->setAccessibleName(caption->text().remove(QLatin1Char('&')));

    const int row = grid->rowCount();
    grid->addWidget(caption, row, 0);
    grid->addWidget(f.edit, row, 1);
    grid->addWidget(f.message, row + 1, 1);
    grid->setRowMinimumHeight(row + 2, f.message->fontMetrics().height() / 2);

    QLineEdit *edit = f.edit;
    fields(kind).append(f);
    connect(edit, &QLineEdit::textEdited, this, [this, kind, key] {
        for (Field &field : fields(kind))
            field.touched = field.touched || field.key == key;
        revalidate();
    });
}

QList<ApplicantForm::Field> &ApplicantForm::fields(Applicant::Kind kind)
{
    return kind == Applicant::Kind::Person ? m_person : m_organisation;
}

const ApplicantForm::Field *ApplicantForm::field(const QString &key) const
{
    for (const Field &f : m_kind == Applicant::Kind::Person ? m_person : m_organisation) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

void ApplicantForm::setKind(Applicant::Kind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_pages->setCurrentIndex(kind == Applicant::Kind::Person ? 0 : 1);
    revalidate();
}

void ApplicantForm::chooseKindByKey(Applicant::Kind kind)
{
    setKind(kind);
    fields(kind).constFirst().edit->setFocus(Qt::ShortcutFocusReason);
}

void ApplicantForm::setToday(QDate today)
{
    m_today = today;
    revalidate();
}

Applicant ApplicantForm::typed() const
{
    Applicant a;
    a.kind = m_kind;
    for (const Field &f : m_kind == Applicant::Kind::Person ? m_person : m_organisation)
        assign(a, f.key, f.edit->text());
    return a;
}

void ApplicantForm::revalidate()
{
    m_outcome = ApplicantValidator::validate(typed(), m_today);
    for (Field &f : fields(m_kind)) {
        const QString error = m_outcome.errors.value(f.key);
        const QString stored = valueOf(m_outcome.normalized, f.key);
        if (f.touched && !error.isEmpty())
            showMessage(f.message, error, ErrorColour);
        else if (isCode(f.key) && error.isEmpty() && stored != f.edit->text().trimmed())
            //: Under a field: the value is kept in this normalized form (e.g. 18-digit ID)
            showMessage(f.message, tr("Stored as %1").arg(stored), NoteColour);
        else
            f.message->clear();
        f.edit->setAccessibleDescription(f.message->text());
    }
    emit applicantChanged();
    if (m_outcome.ok() != m_valid) {
        m_valid = m_outcome.ok();
        emit validityChanged(m_valid);
    }
}

bool ApplicantForm::revealErrors()
{
    for (Field &f : fields(m_kind))
        f.touched = true;
    revalidate();
    for (const Field &f : fields(m_kind)) {
        if (m_outcome.errors.contains(f.key)) {
            f.edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void ApplicantForm::leave(Field &f)
{
    f.touched = true;
    if (!m_outcome.errors.contains(f.key)) {
        const QString stored = valueOf(m_outcome.normalized, f.key);
        if (stored != f.edit->text())
            f.edit->setText(stored);
    }
    revalidate();
}

bool ApplicantForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (Field &f : fields(m_kind)) {
            if (f.edit == watched) {
                leave(f);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicantForm::setApplicant(const Applicant &applicant)
{
    clear();
    setKind(applicant.kind);
    for (Field &f : fields(applicant.kind)) {
        f.edit->setText(valueOf(applicant, f.key));
        f.touched = !f.edit->text().isEmpty();
    }
    revalidate();
}

void ApplicantForm::clear()
{
    for (QList<Field> *list : {&m_person, &m_organisation}) {
        for (Field &f : *list) {
            f.edit->clear();
            f.touched = false;
        }
    }
    setKind(Applicant::Kind::Person);
    revalidate();
}

QString ApplicantForm::messageText(const QString &fieldKey) const
{
    const Field *f = field(fieldKey);
    return f ? f->message->text() : QString();
}

bool ApplicantForm::showsError(const QString &fieldKey) const
{
    const Field *f = field(fieldKey);
    return f && !f->message->text().isEmpty() && m_outcome.errors.contains(fieldKey) && f->touched;
}

QLineEdit *ApplicantForm::editor(const QString &fieldKey) const
{
    const Field *f = field(fieldKey);
    return f ? f->edit : nullptr;
}

} // namespace halldesk
