#pragma once

#include "server/CaseworkData.h"

#include <QByteArray>

namespace halldesk::test {

// A three-item catalogue for the small hall (areas "a" and "b"), version 7:
//   T0001 即办件 for persons: M-IDCARD required, M-PHOTO optional; form field "purpose"
//         (choice 自用/出国).
//   T0002 承诺件, 3 working days, either applicant, credit commitment with 20 days'
//         verification: M-IDCARD required, M-PLAN required and waivable; form fields
//         "address" (address, required) and "area" (number 1..10000).
//   T0003 承诺件, 5 working days, organisations only: M-BIZLIC required; 情形 T0003-01 asks
//         for M-BIZLIC only, and promises 2 days.
QByteArray testCatalogueJson(int t0002Revision = 1);
CaseworkData testCasework(int t0002Revision = 1);

} // namespace halldesk::test
