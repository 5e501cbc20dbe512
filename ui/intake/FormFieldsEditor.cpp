#include "intake/FormFieldsEditor.h"

#include "catalogue/FormFieldValidator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace halldesk {

namespace {

const QColor ErrorColour(0xb0, 0x1e, 0x1e);

QString placeholder(FormField::Type type)
{
    switch (type) {
    case FormField::Type::Date:
        return FormFieldsEditor::tr("YYYY-MM-DD");
    case FormField::Type::ResidentId:
        return FormFieldsEditor::tr("18-digit ID number");
    case FormField::Type::CreditCode:
        return FormFieldsEditor::tr("18-character credit code");
    case FormField::Type::Mobile:
        return FormFieldsEditor::tr("11-digit mobile number");
    default:
        return {};
    }
}

} // namespace

FormFieldsEditor::FormFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    m_groups = new QVBoxLayout(this);
    m_groups->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("The chosen items have no application form to fill in."));
    m_groups->addWidget(m_empty);
    m_groups->addStretch(1);
}

void FormFieldsEditor::setToday(QDate today)
{
    m_today = today;
    revalidate();
}

void FormFieldsEditor::setItems(const QList<const ServiceItem *> &items)
{
    QMap<QString, QMap<QString, QString>> typed;
    for (const Field &field : std::as_const(m_fields))
        typed[field.itemCode][field.spec.key] = text(field);
    m_fields.clear();
    while (m_groups->count() > 2) {
        QLayoutItem *entry = m_groups->takeAt(1);
        delete entry->widget();
        delete entry;
    }

    int position = 1;
    for (const ServiceItem *item : items) {
        if (item->form.isEmpty())
            continue;
        auto *group = new QGroupBox(QStringLiteral("%1  %2").arg(item->code, item->name));
        auto *grid = new QGridLayout(group);
        grid->setColumnStretch(1, 2);
        grid->setColumnStretch(2, 1);
        int row = 0;
        for (const FormField &spec : item->form) {
            Field field;
            field.itemCode = item->code;
            field.spec = spec;
            const QString label = spec.required ? tr("%1 *").arg(spec.label) : spec.label;
            auto *name = new QLabel(label);
            QWidget *input = nullptr;
            const QString previous = typed.value(item->code).value(spec.key);
            if (spec.type == FormField::Type::Choice) {
                field.choice = new QComboBox;
                field.choice->addItem(QString());
                field.choice->addItems(spec.choices);
                field.choice->setCurrentText(previous);
                connect(field.choice, &QComboBox::currentIndexChanged, this,
                        [this, code = item->code, key = spec.key] {
                            for (Field &f : m_fields) {
                                if (f.itemCode == code && f.spec.key == key)
                                    f.touched = true;
                            }
                            revalidate();
                        });
                input = field.choice;
            } else {
                field.edit = new QLineEdit(previous);
                field.edit->setPlaceholderText(placeholder(spec.type));
                connect(field.edit, &QLineEdit::textEdited, this,
                        [this, code = item->code, key = spec.key] {
                            for (Field &f : m_fields) {
                                if (f.itemCode == code && f.spec.key == key)
                                    f.touched = true;
                            }
                            revalidate();
                        });
                input = field.edit;
            }
            name->setBuddy(input);
            field.error = new QLabel;
            field.error->setWordWrap(true);
            QPalette palette = field.error->palette();
            palette.setColor(QPalette::WindowText, ErrorColour);
            field.error->setPalette(palette);
            field.touched = !previous.isEmpty();
            grid->addWidget(name, row, 0);
            grid->addWidget(input, row, 1);
            grid->addWidget(field.error, row, 2);
            ++row;
            m_fields.append(field);
        }
        m_groups->insertWidget(position++, group);
    }
    m_empty->setVisible(m_fields.isEmpty());
    revalidate();
}

QString FormFieldsEditor::text(const Field &field) const
{
    return field.choice ? field.choice->currentText() : field.edit->text();
}

const FormFieldsEditor::Field *FormFieldsEditor::find(const QString &itemCode,
                                                      const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.itemCode == itemCode && field.spec.key == key)
            return &field;
    }
    return nullptr;
}

QWidget *FormFieldsEditor::editor(const QString &itemCode, const QString &key) const
{
    const Field *field = find(itemCode, key);
    if (!field)
        return nullptr;
    return field->choice ? static_cast<QWidget *>(field->choice) : field->edit;
}

QString FormFieldsEditor::errorText(const QString &itemCode, const QString &key) const
{
    const Field *field = find(itemCode, key);
    return field ? field->error->text() : QString();
}

QMap<QString, QMap<QString, QString>> FormFieldsEditor::values() const
{
    QMap<QString, QMap<QString, QString>> values;
    for (const Field &field : m_fields) {
        const auto check = FormFieldValidator::validate(field.spec, text(field), m_today);
        if (check.ok && !check.normalized.isEmpty())
            values[field.itemCode][field.spec.key] = check.normalized;
    }
    return values;
}

bool FormFieldsEditor::revealErrors()
{
    for (Field &field : m_fields)
        field.touched = true;
    revalidate();
    for (const Field &field : std::as_const(m_fields)) {
        if (!FormFieldValidator::validate(field.spec, text(field), m_today).ok) {
            QWidget *input = field.choice ? static_cast<QWidget *>(field.choice) : field.edit;
            input->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void FormFieldsEditor::revalidate()
{
    bool valid = true;
    for (const Field &field : std::as_const(m_fields)) {
        const auto check = FormFieldValidator::validate(field.spec, text(field), m_today);
        valid = valid && check.ok;
        // A required field not yet reached is not an error to shout about.
        field.error->setText(field.touched ? check.error : QString());
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace halldesk
