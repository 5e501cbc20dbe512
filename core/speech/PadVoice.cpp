#include "speech/PadVoice.h"

#include "pad/PadSession.h"

namespace halldesk {

PadVoice::PadVoice(SpeechEngine &engine, QObject *parent)
    : PromptVoice(engine, parent)
{}

QString PadVoice::text(Prompt prompt)
{
    switch (prompt) {
    case Prompt::Rate:
        return tr("Please rate this service.");
    case Prompt::Reasons:
        return tr("Please choose why you are dissatisfied.");
    case Prompt::Thanks:
        return tr("Thank you for your rating.");
    }
    return {};
}

void PadVoice::follow(const PadSession &session)
{
    connect(&session, &PadSession::ratingRequested, this, [this] { say(Prompt::Rate); });
    connect(&session, &PadSession::stageChanged, this, [this](PadSession::Stage stage) {
        if (stage == PadSession::Stage::Reasons)
            say(Prompt::Reasons);
        else if (stage == PadSession::Stage::Thanks)
            say(Prompt::Thanks);
    });
}

} // namespace halldesk
