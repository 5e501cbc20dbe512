#include "TestHall.h"

namespace halldesk::test {

HallDefinition smallHall()
{
    HallDefinition hall;
    hall.name = QStringLiteral("test hall");
    hall.areas = {{QStringLiteral("a"), QStringLiteral("综合"), QStringLiteral("A")},
                  {QStringLiteral("b"), QStringLiteral("公安"), QStringLiteral("B")}};
    hall.queues = {{QStringLiteral("QA1"), QStringLiteral("a"), QStringLiteral("企业"),
                    QStringLiteral("A"), 600},
                   {QStringLiteral("QA2"), QStringLiteral("a"), QStringLiteral("个人"),
                    QStringLiteral("A"), 300},
                   {QStringLiteral("QB"), QStringLiteral("b"), QStringLiteral("户籍"),
                    QStringLiteral("B"), 240}};
    auto window = [](int number, const QString &area, QList<QPair<QString, double>> queues) {
        return WindowDefinition{number, area, QStringLiteral("窗口%1").arg(number),
                                std::move(queues)};
    };
    hall.windows = {window(1, QStringLiteral("a"),
                           {{QStringLiteral("QA1"), 2.0}, {QStringLiteral("QA2"), 1.0}}),
                    window(2, QStringLiteral("a"), {{QStringLiteral("QA1"), 1.0}}),
                    window(3, QStringLiteral("b"), {{QStringLiteral("QB"), 1.0}}),
                    window(4, QStringLiteral("a"),
                           {{QStringLiteral("QA1"), 1.0}, {QStringLiteral("QB"), 1.0}})};
    for (int n = 5; n <= 8; ++n)
        hall.windows << window(n, QStringLiteral("a"), {{QStringLiteral("QA2"), 1.0}});
    for (int n = 1; n <= 8; ++n)
        hall.staff << StaffDefinition{QStringLiteral("S%1").arg(n), QStringLiteral("职员%1").arg(n),
                                      StaffRole::Clerk};
    return hall;
}

HallDefinition uniformHall(int windows, int queues)
{
    HallDefinition hall;
    hall.name = QStringLiteral("load hall");
    const QString letters = QStringLiteral("ABCDEFGHJK");
    for (int q = 0; q < queues; ++q) {
        const QString letter = letters.at(q % letters.size());
        hall.areas << AreaDefinition{QStringLiteral("area%1").arg(q), QStringLiteral("区%1").arg(q),
                                     letter};
        hall.queues << QueueDefinition{QStringLiteral("Q%1").arg(q),
                                       QStringLiteral("area%1").arg(q),
                                       QStringLiteral("业务%1").arg(q), letter, 300};
    }
    for (int n = 1; n <= windows; ++n) {
        WindowDefinition window{
            n, hall.areas.at(n % queues).code, QStringLiteral("窗口%1").arg(n), {}};
        for (int q = 0; q < queues; ++q)
            window.queues << qMakePair(QStringLiteral("Q%1").arg(q), 1.0 + (n + q) % 3);
        hall.windows << window;
        hall.staff << StaffDefinition{QStringLiteral("L%1").arg(n), QStringLiteral("职员%1").arg(n),
                                      StaffRole::Clerk};
    }
    return hall;
}

} // namespace halldesk::test
