// Kill a process that is writing to the SQLite database with SIGKILL, mid-stream, several times,
// and reopen: the file passes its integrity check and every operation the writer reported as
// committed is there, in the state it reported.

#include "storage/Database.h"
#include "storage/SqlQueueRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hall.db"));
        QHash<qint64, QString> reported; // ticket id -> last state the writer reported
        QHash<qint64, QString> numbers;
        int totalLines = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(HALLDESK_CRASH_WRITER), {path});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Kill at a different point each round, mid-stream.
            const int killAfter = 40 + int(QRandomGenerator::global()->bounded(260));
            int lines = 0;
            QByteArray buffer;
            while (lines < killAfter) {
                if (!writer.waitForReadyRead(20000))
                    QFAIL(qPrintable(
                        QStringLiteral("writer stopped: %1")
                            .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
                buffer += writer.readAllStandardOutput();
                int newline;
                while ((newline = buffer.indexOf('\n')) >= 0) {
                    const QList<QByteArray> parts = buffer.left(newline).split(' ');
                    buffer.remove(0, newline + 1);
                    if (parts.size() < 2)
                        continue;
                    const qint64 id = parts.at(1).toLongLong();
                    reported[id] = QString::fromLatin1(parts.at(0));
                    if (parts.size() > 2)
                        numbers[id] = QString::fromLatin1(parts.at(2));
                    ++lines;
                }
            }
            writer.kill(); // SIGKILL: no destructor, no checkpoint, no clean close
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            totalLines += lines;

            DatabaseUrl url;
            url.path = path;
            Database database(url);
            const auto error = database.open();
            QVERIFY2(!error, qPrintable(error ? error->message() : QString()));
            QString report;
            QVERIFY2(database.integrityOk(&report), qPrintable(report));
            SqlQueueRepository repository(database);
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                const auto ticket = repository.ticket(it.key());
                QVERIFY2(ticket,
                         qPrintable(QStringLiteral("reported ticket %1 is missing").arg(it.key())));
                if (numbers.contains(it.key()))
                    QCOMPARE(ticket->number, numbers.value(it.key()));
                const QString state = toStorageName(ticket->status);
                if (it.value() == QLatin1String("finished"))
                    QCOMPARE(state, QStringLiteral("finished"));
                else if (it.value() == QLatin1String("called"))
                    QVERIFY2(state == QLatin1String("called") || state == QLatin1String("finished"),
                             qPrintable(state));
            }
            // Every committed change has its event.
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM events WHERE kind IN ('issue', 'call', 'finish')")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= totalLines);
        }
        QVERIFY(reported.size() > 50);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
