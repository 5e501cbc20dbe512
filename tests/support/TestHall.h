#pragma once

#include "hall/HallDefinition.h"

namespace halldesk::test {

// A small hall whose rules are easy to reason about in a test:
//   area A (letter A): queues QA1 and QA2; area B (letter B): queue QB.
//   window 1: QA1 weight 2, QA2 weight 1      window 2: QA1
//   window 3: QB                              window 4: QA1 and QB
//   window 5..8: QA2                          staff 1..8 (staff_no S1..S8), clerks.
HallDefinition smallHall();

// A hall of `windows` windows all serving every queue of `queues` queues, for load tests.
HallDefinition uniformHall(int windows, int queues);

} // namespace halldesk::test
