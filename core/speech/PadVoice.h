#pragma once

#include "speech/PromptVoice.h"

#include <QObject>

namespace halldesk {

class PadSession;

// The evaluator pad's spoken prompts: 请您对本次服务作出评价 when a rating is asked for,
// 请选择不满意的原因 on the reasons of a 差评, 感谢您的评价 after it was given.
class PadVoice : public PromptVoice
{
    Q_OBJECT

public:
    enum class Prompt
    {
        Rate,
        Reasons,
        Thanks,
    };
    Q_ENUM(Prompt)

    // `engine` must outlive the voice.
    explicit PadVoice(SpeechEngine &engine, QObject *parent = nullptr);

    static QString text(Prompt prompt);

    // Speaks the prompts of `session`'s stages (it must outlive the voice).
    void follow(const PadSession &session);
    void say(Prompt prompt) { sayText(text(prompt)); }
};

} // namespace halldesk
