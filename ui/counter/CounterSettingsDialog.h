#pragma once

#include "counter/CounterSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;

namespace halldesk {

class TerminalSetupDialog;

// The clerk's own preferences (voice, rate, volume, with a test button) and, read-only, the
// terminal's connection settings, which a technician changes through TerminalSetupDialog.
class CounterSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CounterSettingsDialog(const CounterSettings &settings, QWidget *parent = nullptr);

    // The edited settings; the caller saves them when the dialog was accepted.
    CounterSettings settings() const;
    // The set-up dialog while it is open (it is window-modal and deletes itself when closed).
    TerminalSetupDialog *connectionDialog() const { return m_connectionDialog; }

    static constexpr int RateSteps = 10; // slider steps per unit of rate (-1 … 1)
    static constexpr int VolumeSteps = 100;

signals:
    void testVoiceRequested(double rate, double volume);

private:
    void openConnectionDialog();
    void showConnection();
    void updateVoiceControls();
    double rate() const;
    double volume() const;

    CounterSettings m_settings;
    QCheckBox *m_voice = nullptr;
    QSlider *m_rate = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeText = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_certificate = nullptr;
    QPushButton *m_change = nullptr;
    TerminalSetupDialog *m_connectionDialog = nullptr;
};

} // namespace halldesk
