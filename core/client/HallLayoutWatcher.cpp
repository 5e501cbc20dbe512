#include "client/HallLayoutWatcher.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"

#include <QPointer>

namespace halldesk {

HallLayoutWatcher::HallLayoutWatcher(HallClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
        if (state == HallClient::State::Ready)
            onReady();
        else
            m_requested = false;
    });
}

void HallLayoutWatcher::onReady()
{
    if (m_requested)
        return;
    m_requested = true;
    m_client.request(QStringLiteral("hall"), {},
                     [self = QPointer<HallLayoutWatcher>(this)](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (!reply.ok) {
                             self->m_requested = false;
                             qCWarning(lcTerminal).noquote()
                                 << "The hall layout could not be read:" << reply.error.message();
                             return;
                         }
                         emit self->layoutReceived(reply.result);
                     });
}

} // namespace halldesk
