#include "scan/SaneStatusMessage.h"

namespace halldesk {

namespace {

QString cause(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_DEVICE_BUSY:
        return SaneStatusMessage::tr("The scanner is busy. Wait until it is free and try again.");
    case SANE_STATUS_JAMMED:
        return SaneStatusMessage::tr("Paper is jammed in the scanner. Remove it and try again.");
    case SANE_STATUS_COVER_OPEN:
        return SaneStatusMessage::tr("The scanner cover is open. Close it and try again.");
    case SANE_STATUS_NO_DOCS:
        return SaneStatusMessage::feederEmpty();
    case SANE_STATUS_IO_ERROR:
        return SaneStatusMessage::tr("The scanner stopped answering. Check that it is switched on "
                                     "and its cable is plugged in, then try again.");
    case SANE_STATUS_NO_MEM:
        return SaneStatusMessage::tr("The computer ran out of memory while scanning. Try a lower "
                                     "resolution.");
    case SANE_STATUS_ACCESS_DENIED:
        return SaneStatusMessage::tr("This computer is not allowed to use the scanner. Ask the "
                                     "hall's technician to set up its permissions.");
    case SANE_STATUS_UNSUPPORTED:
        return SaneStatusMessage::tr("The scanner sends its pages in a form HallDesk cannot read. "
                                     "Try another colour mode.");
    default:
        return SaneStatusMessage::tr("The scanner reported an error (%1). Try again.")
            .arg(QString::fromUtf8(sane_strstatus(status)));
    }
}

} // namespace

QString SaneStatusMessage::forOpen(SANE_Status status, const QString &device)
{
    if (status == SANE_STATUS_INVAL)
        return tr("The scanner “%1” was not found. Check that it is switched on and connected, "
                  "then choose it again.")
            .arg(device);
    return cause(status);
}

QString SaneStatusMessage::forScan(SANE_Status status, int pagesDelivered)
{
    if (pagesDelivered == 0)
        return cause(status);
    return tr("%1 The %n page(s) scanned before are kept.", nullptr, pagesDelivered)
        .arg(cause(status));
}

QString SaneStatusMessage::noFeeder()
{
    return tr("This scanner has no document feeder. Put the page on the glass and scan it from "
              "the flatbed.");
}

QString SaneStatusMessage::feederEmpty()
{
    return tr("The document feeder is empty. Put the pages in and try again.");
}

QString SaneStatusMessage::notAvailable()
{
    return tr("Scanning is not available on this computer (the scanner software did not start).");
}

} // namespace halldesk
