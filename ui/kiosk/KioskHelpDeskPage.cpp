#include "kiosk/KioskHelpDeskPage.h"

#include "domain/PriorityGroupNames.h"
#include "kiosk/KioskKeypad.h"
#include "kiosk/KioskLook.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

namespace {

constexpr int MaxStaffNo = 16;
constexpr int MaxPin = 8;

} // namespace

KioskHelpDeskPage::KioskHelpDeskPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(20);

    auto *title = new QLabel(tr("Priority ticket"), this);
    title->setObjectName(QStringLiteral("kioskTitle"));
    title->setFont(KioskLook::font(KioskLook::TitlePx, true));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *hint = new QLabel(tr("For help desk staff: choose the group, then enter your staff "
                               "number and PIN or swipe your staff card."),
                            this);
    hint->setObjectName(QStringLiteral("kioskHint"));
    hint->setFont(KioskLook::font(KioskLook::DetailPx));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);

    auto *groups = new QGridLayout;
    groups->setSpacing(16);
    auto *exclusive = new QButtonGroup(this);
    const QStringList names = PriorityGroupNames::groups();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *button =
            KioskLook::button(PriorityGroupNames::displayName(names.at(i)), "kioskGroup", this);
        button->setFont(KioskLook::font(KioskLook::BodyPx, true));
        button->setCheckable(true);
        button->setProperty("group", names.at(i));
        exclusive->addButton(button);
        connect(button, &QPushButton::toggled, this, [this] { refresh(); });
        groups->addWidget(button, int(i / 2), int(i % 2));
        m_groups.append(button);
    }
    layout->addLayout(groups);

    auto *fields = new QHBoxLayout;
    m_staffField = KioskLook::button({}, "kioskSecondary", this);
    m_pinField = KioskLook::button({}, "kioskSecondary", this);
    m_staffField->setFont(KioskLook::font(KioskLook::BodyPx, true));
    m_pinField->setFont(KioskLook::font(KioskLook::BodyPx, true));
    connect(m_staffField, &QPushButton::clicked, this, [this] {
        m_typingPin = false;
        refresh();
    });
    connect(m_pinField, &QPushButton::clicked, this, [this] {
        m_typingPin = true;
        refresh();
    });
    fields->addWidget(m_staffField, 3);
    fields->addWidget(m_pinField, 2);
    layout->addLayout(fields);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kioskError"));
    m_error->setFont(KioskLook::font(KioskLook::BodyPx, true));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();
    layout->addWidget(m_error);

    m_keypad = new KioskKeypad(KioskKeypad::alphanumericKeys(), 6, this);
    connect(m_keypad, &KioskKeypad::typed, this, [this](const QString &key) {
        QString &field = m_typingPin ? m_pin : m_staffNo;
        if (field.size() < (m_typingPin ? MaxPin : MaxStaffNo))
            field += key;
        setError({});
        refresh();
    });
    connect(m_keypad, &KioskKeypad::erased, this, [this] {
        (m_typingPin ? m_pin : m_staffNo).chop(1);
        refresh();
    });
    layout->addWidget(m_keypad, 1);

    // The card reader types into this: not shown, but it holds the keyboard focus.
    m_card = new QLineEdit(this);
    m_card->setEchoMode(QLineEdit::NoEcho);
    m_card->setFixedSize(1, 1);
    m_card->setFont(KioskLook::font(KioskLook::DetailPx));
    connect(m_card, &QLineEdit::returnPressed, this, [this] {
        const QString card = m_card->text().trimmed();
        m_card->clear();
        if (card.isEmpty())
            return;
        if (chosenGroup().isEmpty()) {
            setError(tr("Choose the group first, then swipe the card."));
            return;
        }
        emit authorised(chosenGroup(), {{QStringLiteral("card"), card}});
    });
    layout->addWidget(m_card);

    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    m_back = KioskLook::button(tr("Back"), "kioskSecondary", this);
    connect(m_back, &QPushButton::clicked, this, &KioskHelpDeskPage::back);
    m_confirm = KioskLook::button(tr("Confirm"), "kioskPrimary", this);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        emit authorised(chosenGroup(),
                        {{QStringLiteral("staffNo"), m_staffNo}, {QStringLiteral("pin"), m_pin}});
    });
    row->addWidget(m_back, 1);
    row->addWidget(m_confirm, 1);
    layout->addLayout(row);
    refresh();
}

void KioskHelpDeskPage::setOfferedGroups(const QStringList &groups)
{
    for (QPushButton *button : std::as_const(m_groups)) {
        const bool offered = groups.contains(button->property("group").toString());
        if (!offered && button->isChecked()) {
            button->group()->setExclusive(false);
            button->setChecked(false);
            button->group()->setExclusive(true);
        }
        button->setVisible(offered);
    }
    refresh();
}

void KioskHelpDeskPage::clear()
{
    for (QPushButton *button : std::as_const(m_groups)) {
        // An exclusive group will not uncheck its last button on its own.
        button->group()->setExclusive(false);
        button->setChecked(false);
        button->group()->setExclusive(true);
    }
    m_staffNo.clear();
    m_pin.clear();
    m_typingPin = false;
    m_card->clear();
    setError({});
    refresh();
    m_card->setFocus();
}

void KioskHelpDeskPage::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString KioskHelpDeskPage::chosenGroup() const
{
    for (const QPushButton *button : m_groups) {
        if (button->isChecked())
            return button->property("group").toString();
    }
    return {};
}

void KioskHelpDeskPage::refresh()
{
    const QString cursor = QStringLiteral("▏");
    m_staffField->setText(tr("Staff no.: %1").arg(m_staffNo + (m_typingPin ? QString() : cursor)));
    m_pinField->setText(
        tr("PIN: %1").arg(QString(m_pin.size(), u'•') + (m_typingPin ? cursor : QString())));
    m_confirm->setEnabled(!chosenGroup().isEmpty() && !m_staffNo.isEmpty() && m_pin.size() >= 4);
}

} // namespace halldesk
