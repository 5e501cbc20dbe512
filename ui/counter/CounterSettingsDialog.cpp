#include "CounterSettingsDialog.h"

#include "TerminalSetupDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSslCertificate>
#include <QVBoxLayout>
#include <cmath>

namespace halldesk {

namespace {

QLabel *readOnlyValue(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CounterSettingsDialog::CounterSettingsDialog(const CounterSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Counter Settings"));

    // Voice.
    m_voice = new QCheckBox(tr("&Announce calls by voice"), this);
    m_voice->setChecked(settings.voiceEnabled);

    m_rate = new QSlider(Qt::Horizontal, this);
    m_rate->setRange(-RateSteps, RateSteps);
    m_rate->setPageStep(RateSteps / 2);
    m_rate->setTickPosition(QSlider::TicksBelow);
    m_rate->setTickInterval(RateSteps / 2);
    m_rate->setValue(static_cast<int>(std::lround(settings.voiceRate * RateSteps)));
    m_rate->setAccessibleName(tr("Speech rate"));
    // Long enough to set the rate finely with the mouse, and to keep the dialog from squeezing
    // the connection details into several lines.
    m_rate->setMinimumWidth(m_rate->fontMetrics().averageCharWidth() * 36);
    auto *slow = new QLabel(tr("Slow"), this);
    auto *normal = new QLabel(tr("Normal"), this);
    auto *fast = new QLabel(tr("Fast"), this);
    auto *rateBox = new QGridLayout;
    rateBox->setVerticalSpacing(0);
    rateBox->addWidget(m_rate, 0, 0, 1, 3);
    rateBox->addWidget(slow, 1, 0, Qt::AlignLeft);
    rateBox->addWidget(normal, 1, 1, Qt::AlignHCenter);
    rateBox->addWidget(fast, 1, 2, Qt::AlignRight);

    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, VolumeSteps);
    m_volume->setPageStep(VolumeSteps / 10);
    m_volume->setValue(static_cast<int>(std::lround(settings.voiceVolume * VolumeSteps)));
    m_volume->setAccessibleName(tr("Volume"));
    m_volumeText = new QLabel(this);
    // Room for "100%" so the slider does not jump as the number grows.
    m_volumeText->setMinimumWidth(
        m_volumeText->fontMetrics().horizontalAdvance(QStringLiteral("100%")));
    m_volumeText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *volumeBox = new QHBoxLayout;
    volumeBox->addWidget(m_volume, 1);
    volumeBox->addWidget(m_volumeText);

    m_test = new QPushButton(tr("&Test voice"), this);
    m_test->setAutoDefault(false);
    auto *testBox = new QHBoxLayout;
    testBox->addWidget(m_test);
    testBox->addStretch();

    auto *voiceGroup = new QGroupBox(tr("Voice announcements"), this);
    auto *voiceForm = new QFormLayout(voiceGroup);
    voiceForm->addRow(m_voice);
    auto *rateLabel = new QLabel(tr("Speech &rate:"), voiceGroup);
    rateLabel->setBuddy(m_rate);
    voiceForm->addRow(rateLabel, rateBox);
    auto *volumeLabel = new QLabel(tr("&Volume:"), voiceGroup);
    volumeLabel->setBuddy(m_volume);
    voiceForm->addRow(volumeLabel, volumeBox);
    voiceForm->addRow(QString(), testBox);

    // Connection, read-only here.
    m_server = readOnlyValue(this);
    m_window = readOnlyValue(this);
    m_certificate = readOnlyValue(this);
    m_change = new QPushButton(tr("&Change connection settings…"), this);
    m_change->setAutoDefault(false);
    auto *changeBox = new QHBoxLayout;
    changeBox->addWidget(m_change);
    changeBox->addStretch();

    auto *connectionGroup = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connectionGroup);
    connectionForm->addRow(tr("Hall server:"), m_server);
    connectionForm->addRow(tr("Window:"), m_window);
    connectionForm->addRow(tr("Certificate:"), m_certificate);
    connectionForm->addRow(changeBox);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CounterSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CounterSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(voiceGroup);
    layout->addWidget(connectionGroup);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_voice, &QCheckBox::toggled, this, &CounterSettingsDialog::updateVoiceControls);
    connect(m_volume, &QSlider::valueChanged, this, &CounterSettingsDialog::updateVoiceControls);
    connect(m_test, &QPushButton::clicked, this,
            [this] { emit testVoiceRequested(rate(), volume()); });
    connect(m_change, &QPushButton::clicked, this, &CounterSettingsDialog::openConnectionDialog);

    updateVoiceControls();
    showConnection();
    m_voice->setFocus();
}

CounterSettings CounterSettingsDialog::settings() const
{
    CounterSettings s = m_settings;
    s.voiceEnabled = m_voice->isChecked();
    s.voiceRate = rate();
    s.voiceVolume = volume();
    return s;
}

double CounterSettingsDialog::rate() const
{
    return static_cast<double>(m_rate->value()) / RateSteps;
}

double CounterSettingsDialog::volume() const
{
    return static_cast<double>(m_volume->value()) / VolumeSteps;
}

void CounterSettingsDialog::updateVoiceControls()
{
    const bool on = m_voice->isChecked();
    m_rate->setEnabled(on);
    m_volume->setEnabled(on);
    m_test->setEnabled(on);
    m_volumeText->setText(QStringLiteral("%1%").arg(m_volume->value()));
}

void CounterSettingsDialog::showConnection()
{
    const QUrl &url = m_settings.serverUrl;
    m_server->setText(url.isValid() && !url.host().isEmpty() ? url.authority() : tr("Not set"));
    m_window->setText(m_settings.window > 0 ? QString::number(m_settings.window) : tr("Not set"));

    QString certificateText = tr("Not set");
    if (!m_settings.tls.certificateFile.isEmpty()) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(m_settings.tls.certificateFile, QSsl::Pem);
        if (chain.isEmpty()) {
            certificateText = tr("Cannot be read");
        } else {
            const QSslCertificate &leaf = chain.constFirst();
            certificateText =
                tr("%1, valid until %2")
                    .arg(leaf.subjectInfo(QSslCertificate::CommonName).value(0, tr("(no name)")),
                         leaf.expiryDate().date().toString(Qt::ISODate));
        }
    }
    m_certificate->setText(certificateText);
}

void CounterSettingsDialog::openConnectionDialog()
{
    if (m_connectionDialog)
        return;
    auto *dialog = new TerminalSetupDialog(m_settings, this);
    m_connectionDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The voice edits made here so far stay; only the connection part is taken over.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CounterSettings edited = dialog->settings();
        m_settings.serverUrl = edited.serverUrl;
        m_settings.window = edited.window;
        m_settings.tls = edited.tls;
        showConnection();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_connectionDialog = nullptr;
        m_change->setFocus();
    });
    dialog->open();
}

} // namespace halldesk
