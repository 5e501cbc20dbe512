// A process that writes to the hall database as fast as it can and says on stdout what it has
// committed, line by line, after each commit returns. tst_crashsafety kills it with SIGKILL at a
// random moment and then checks that everything it reported is in the database.
//   crash_writer DATABASE_PATH

#include "TestHall.h"
#include "clock/SystemClock.h"
#include "crypto/PersonalDataCipher.h"
#include "queue/QueueEngine.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/SqlQueueRepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace halldesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    DatabaseUrl url;
    url.path = QString::fromLocal8Bit(argv[1]);
    Database database(url);
    if (const auto error = database.open()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error->message()));
        return 3;
    }
    HallConfigRepository(database).installIfEmpty(test::smallHall());
    SqlQueueRepository repository(database);
    SystemClock clock;
    PersonalDataCipher cipher(QByteArray(PersonalDataCipher::KeyBytes, 'k'));
    // Every ticket is issued for the same resident, so the one-ticket rule is off.
    QueuePolicy policy;
    policy.onePerResidentPerQueue = false;
    QueueEngine engine(repository, clock, cipher, policy);

    const auto staff = engine.staffByNumber(QStringLiteral("S2"));
    const Actor actor{staff->id, 2};
    if (!engine.signIn(staff->id, 2).ok())
        return 4;
    if (const auto current = engine.currentTicket(2)) {
        if (engine.finish(actor, current->id).ok())
            std::printf("finished %lld\n", current->id);
    }
    std::fflush(stdout);
    for (;;) {
        IssueRequest request;
        request.queueCode = QStringLiteral("QA1");
        request.residentId = QStringLiteral("11010519491231002X");
        const auto issued = engine.issueTicket(request);
        if (!issued.ok())
            return 5;
        std::printf("issued %lld %s\n", issued->ticket.id, qPrintable(issued->ticket.number));
        std::fflush(stdout);
        const auto called = engine.callNext(actor);
        if (!called.ok())
            return 6;
        std::printf("called %lld\n", called->id);
        std::fflush(stdout);
        if (!engine.finish(actor, called->id).ok())
            return 7;
        std::printf("finished %lld\n", called->id);
        std::fflush(stdout);
    }
}
