#include "kiosk/KioskEntryPage.h"

#include "kiosk/KioskKeypad.h"
#include "kiosk/KioskLook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

KioskEntryPage::KioskEntryPage(const Setup &setup, QWidget *parent)
    : QWidget(parent)
    , m_maxLength(setup.maxLength)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);

    auto *title = new QLabel(setup.title, this);
    title->setObjectName(QStringLiteral("kioskTitle"));
    title->setFont(KioskLook::font(KioskLook::TitlePx, true));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *hint = new QLabel(setup.hint, this);
    hint->setObjectName(QStringLiteral("kioskHint"));
    hint->setFont(KioskLook::font(KioskLook::BodyPx));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_entry = new QLabel(this);
    m_entry->setObjectName(QStringLiteral("kioskEntry"));
    m_entry->setFont(KioskLook::font(KioskLook::TitlePx, true));
    m_entry->setAlignment(Qt::AlignCenter);
    m_entry->setMinimumHeight(120);
    layout->addWidget(m_entry);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kioskError"));
    m_error->setFont(KioskLook::font(KioskLook::BodyPx, true));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_keypad = new KioskKeypad(setup.keys, setup.columns, this);
    connect(m_keypad, &KioskKeypad::typed, this, [this](const QString &key) {
        if (m_text.size() < m_maxLength) {
            m_text += key;
            setError({});
            refresh();
        }
    });
    connect(m_keypad, &KioskKeypad::erased, this, [this] {
        m_text.chop(1);
        setError({});
        refresh();
    });
    layout->addWidget(m_keypad, 1);
    layout->addStretch(0);

    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    m_back = KioskLook::button(tr("Back"), "kioskSecondary", this);
    connect(m_back, &QPushButton::clicked, this, &KioskEntryPage::back);
    row->addWidget(m_back, 1);
    if (!setup.skipText.isEmpty()) {
        m_skip = KioskLook::button(setup.skipText, "kioskSecondary", this);
        connect(m_skip, &QPushButton::clicked, this, &KioskEntryPage::skipped);
        row->addWidget(m_skip, 1);
    }
    m_confirm = KioskLook::button(setup.confirmText, "kioskPrimary", this);
    connect(m_confirm, &QPushButton::clicked, this, [this] { emit confirmed(m_text); });
    row->addWidget(m_confirm, 1);
    layout->addLayout(row);
    refresh();
}

void KioskEntryPage::clear()
{
    m_text.clear();
    setError({});
    refresh();
}

void KioskEntryPage::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void KioskEntryPage::refresh()
{
    // Grouped in fours, as printed on cards and slips, so a citizen can check it at a glance.
    QString shown;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            shown += u' ';
        shown += m_text.at(i);
    }
    m_entry->setText(shown);
    m_confirm->setEnabled(!m_text.isEmpty());
}

} // namespace halldesk
