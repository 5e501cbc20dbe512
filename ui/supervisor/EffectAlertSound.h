#pragma once

#include "supervisor/AlertSound.h"

#include <QSoundEffect>

namespace halldesk {

// The alert chime (a short WAV in the program's resources) through Qt Multimedia. A PC without
// an audio device plays nothing, and the alert is still shown.
class EffectAlertSound : public AlertSound
{
public:
    EffectAlertSound();
    void play() override;

private:
    QSoundEffect m_effect;
};

} // namespace halldesk
