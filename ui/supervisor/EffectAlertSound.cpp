#include "supervisor/EffectAlertSound.h"

#include "logging/HallDeskLogging.h"

namespace halldesk {

EffectAlertSound::EffectAlertSound()
{
    m_effect.setSource(QUrl(QStringLiteral("qrc:/halldesk/supervisor/alert.wav")));
    m_effect.setVolume(0.8f);
}

void EffectAlertSound::play()
{
    if (m_effect.status() == QSoundEffect::Error) {
        qCWarning(lcSupervisor) << "the alert sound cannot be played";
        return;
    }
    m_effect.play();
}

} // namespace halldesk
