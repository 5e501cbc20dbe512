#include "client/HallLayoutReader.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"

#include <QPointer>

namespace halldesk {

HallLayoutReader::HallLayoutReader(HallClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
        const bool ready = state == HallClient::State::Ready;
        if (ready)
            read();
        else
            m_requested = false;
        emit onlineChanged(ready);
    });
    // An administrator changed the layout (PROTOCOL.md §6.3.6): read it again.
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &, qint64) {
                if (kind != QLatin1String("layout"))
                    return;
                m_requested = false;
                read();
            });
}

void HallLayoutReader::start()
{
    if (m_client.state() == HallClient::State::Ready)
        read();
}

void HallLayoutReader::read()
{
    if (m_requested)
        return;
    m_requested = true;
    m_client.request(QStringLiteral("hall"), {},
                     [self = QPointer<HallLayoutReader>(this)](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (!reply.ok) {
                             self->m_requested = false; // asked again on the next connection
                             qCWarning(lcTerminal).noquote()
                                 << "The hall layout could not be read:" << reply.error.message();
                             return;
                         }
                         emit self->layoutRead(reply.result);
                     });
}

} // namespace halldesk
