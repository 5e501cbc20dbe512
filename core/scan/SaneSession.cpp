#include "scan/SaneSession.h"

#include "logging/HallDeskLogging.h"

#include <QMutex>
#include <sane/sane.h>

namespace halldesk {

namespace {

QMutex sessionMutex;
int sessionUsers = 0;
bool sessionInitialised = false;

} // namespace

SaneSession::SaneSession()
{
    QMutexLocker lock(&sessionMutex);
    if (sessionUsers == 0) {
        SANE_Int version = 0;
        const SANE_Status status = sane_init(&version, nullptr);
        sessionInitialised = status == SANE_STATUS_GOOD;
        if (sessionInitialised)
            qCDebug(lcScan) << "SANE" << SANE_VERSION_MAJOR(version) << SANE_VERSION_MINOR(version)
                            << SANE_VERSION_BUILD(version) << "initialised";
        else
            qCWarning(lcScan) << "sane_init failed:" << sane_strstatus(status);
    }
    ++sessionUsers;
    m_valid = sessionInitialised;
}

SaneSession::~SaneSession()
{
    QMutexLocker lock(&sessionMutex);
    if (--sessionUsers == 0 && sessionInitialised) {
        sane_exit();
        sessionInitialised = false;
    }
}

QList<ScannerDevice> SaneSession::devices(bool localOnly) const
{
    QList<ScannerDevice> result;
    if (!m_valid)
        return result;
    QMutexLocker lock(&sessionMutex);
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, localOnly ? SANE_TRUE : SANE_FALSE);
    if (status != SANE_STATUS_GOOD) {
        qCWarning(lcScan) << "sane_get_devices failed:" << sane_strstatus(status);
        return result;
    }
    for (; list && *list; ++list) {
        const SANE_Device *d = *list;
        result.append({QString::fromUtf8(d->name), QString::fromUtf8(d->vendor),
                       QString::fromUtf8(d->model), QString::fromUtf8(d->type)});
    }
    return result;
}

} // namespace halldesk
