// The Chinese translation is what users see, so it must be complete: every string in the
// sources has a finished zh_CN translation, and the committed .ts files are in step with the
// sources (checked by running lupdate on them into a scratch file).

#include "domain/OperationError.h"
#include "i18n/TranslationInstaller.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, {}, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void aMachineWithoutLocaleSpeaksChinese()
    {
        QCOMPARE(halldesk::TranslationInstaller::hallLocale(QLocale::c()).name(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(
            halldesk::TranslationInstaller::hallLocale(QLocale(QStringLiteral("en_GB"))).name(),
            QStringLiteral("en_GB"));
    }

    void compiledInCatalogueTranslatesErrors()
    {
        const halldesk::OperationError error(halldesk::ErrorCode::WindowPaused);
        const QString english = error.message();
        halldesk::TranslationInstaller installer;
        QCOMPARE(
            installer.install({QStringLiteral("halldesk_core")}, QLocale(QStringLiteral("zh_CN"))),
            1);
        QCOMPARE(error.message(), QStringLiteral("窗口处于暂停状态，请先恢复服务。"));
        QVERIFY(english != error.message());
    }

    void chineseIsComplete_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QStringList>("sourceDirs");
        const QString root = QStringLiteral(HALLDESK_SOURCE_DIR);
        QTest::newRow("core") << QStringLiteral("halldesk_core")
                              << QStringList{root + QStringLiteral("/core")};
        QTest::newRow("server") << QStringLiteral("halldesk_server")
                                << QStringList{root + QStringLiteral("/app/server")};
        QTest::newRow("loadgen") << QStringLiteral("halldesk_loadgen")
                                 << QStringList{root + QStringLiteral("/app/loadgen")};
        QTest::newRow("counter") << QStringLiteral("halldesk_counter")
                                 << QStringList{root + QStringLiteral("/ui/counter"),
                                                root + QStringLiteral("/ui/intake"),
                                                root + QStringLiteral("/ui/cases"),
                                                root + QStringLiteral("/ui/scan"),
                                                root + QStringLiteral("/app/counter")};
        QTest::newRow("pad") << QStringLiteral("halldesk_pad")
                             << QStringList{root + QStringLiteral("/ui/pad"),
                                            root + QStringLiteral("/app/pad")};
        QTest::newRow("board") << QStringLiteral("halldesk_board")
                               << QStringList{root + QStringLiteral("/ui/board"),
                                              root + QStringLiteral("/app/board")};
        QTest::newRow("kiosk") << QStringLiteral("halldesk_kiosk")
                               << QStringList{root + QStringLiteral("/ui/kiosk"),
                                              root + QStringLiteral("/app/kiosk")};
        QTest::newRow("supervisor") << QStringLiteral("halldesk_supervisor")
                                    << QStringList{root + QStringLiteral("/ui/supervisor"),
                                                   root + QStringLiteral("/app/supervisor")};
    }

    void chineseIsComplete()
    {
        QFETCH(QString, catalogue);
        QFETCH(QStringList, sourceDirs);
        const QString root = QStringLiteral(HALLDESK_SOURCE_DIR);
        QString error;
        const auto committed = readTs(root + QStringLiteral("/translations/") + catalogue +
                                          QStringLiteral("_zh_CN.ts"),
                                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!committed.isEmpty());
        QSet<QString> translated;
        for (const Message &m : committed) {
            const QString where = m.context + QStringLiteral("::") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
            QVERIFY2(!m.translation.trimmed().isEmpty(),
                     qPrintable(where + QStringLiteral(" has no translation")));
            // Placeholders must survive translation, or the Chinese text loses the ticket number.
            for (int n = 1; n <= 9; ++n) {
                const QString marker = QStringLiteral("%") + QString::number(n);
                QVERIFY2(m.source.contains(marker) == m.translation.contains(marker),
                         qPrintable(where + QStringLiteral(" loses ") + marker));
            }
            translated.insert(where);
        }

        // Whatever the sources say today must be in the committed catalogue.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        // With the include paths the build uses, or lupdate cannot tell that a class is in
        // namespace halldesk and files its strings under the wrong context.
        lupdate.start(QStringLiteral(HALLDESK_LUPDATE),
                      QStringList(sourceDirs)
                          << QStringLiteral("-I") << root + QStringLiteral("/core")
                          << QStringLiteral("-I") << root + QStringLiteral("/ui")
                          << QStringLiteral("-silent") << QStringLiteral("-ts") << fresh);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto current = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!current.isEmpty());
        for (const Message &m : current) {
            const QString where = m.context + QStringLiteral("::") + m.source;
            QVERIFY2(translated.contains(where),
                     qPrintable(where + QStringLiteral(" is not in the zh_CN catalogue")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
