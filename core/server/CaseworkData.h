#pragma once

#include "calendar/WorkingCalendar.h"
#include "catalogue/Catalogue.h"

#include <QByteArray>
#include <memory>

namespace halldesk {

// What the server decides cases against: the catalogue in force (with its JSON, sent as is
// to terminals) and the working-day calendar. Replaced whole, never changed in place, so an
// operation already prepared keeps the version it checked against.
struct CaseworkData
{
    std::shared_ptr<const Catalogue> catalogue = std::make_shared<const Catalogue>();
    QByteArray catalogueJson;
    std::shared_ptr<const WorkingCalendar> calendar =
        std::make_shared<const WorkingCalendar>(WorkingCalendar::withShippedYears());
};

} // namespace halldesk
