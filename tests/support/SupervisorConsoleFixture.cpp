#include "SupervisorConsoleFixture.h"

#include "NetworkFixture.h"
#include "ScreenChecks.h"
#include "ServerProcess.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorWindow.h"

#include <QTest>
#include <optional>

namespace halldesk::test {

SupervisorConsoleFixture::SupervisorConsoleFixture(QString serverProgram)
    : m_serverProgram(std::move(serverProgram))
{}

SupervisorConsoleFixture::~SupervisorConsoleFixture() = default;

QString SupervisorConsoleFixture::startServer()
{
    const int catalogues = m_translations.install(
        {QStringLiteral("halldesk_core"), QStringLiteral("halldesk_supervisor")},
        QLocale(QStringLiteral("zh_CN")));
    if (catalogues != 2)
        return QStringLiteral("%1 of 2 catalogues installed").arg(catalogues);
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder: ") + m_dir.errorString();
    m_server = std::make_unique<ServerProcess>(m_serverProgram, m_dir.path());
    if (!m_server->start())
        return QStringLiteral("the server did not start: ") + m_server->lastOutput();
    m_kiosk = m_server->kiosk();
    if (!m_kiosk)
        return QStringLiteral("no kiosk connected");
    return {};
}

SupervisorSettings SupervisorConsoleFixture::settings() const
{
    SupervisorSettings settings;
    settings.serverUrl = m_server->url();
    settings.tls = *m_server->terminalFiles(TerminalRole::Supervisor, 0);
    return settings;
}

QString SupervisorConsoleFixture::startConsole(const SupervisorSettings &settings,
                                               std::unique_ptr<AlertSound> sound)
{
    m_station = std::make_unique<SupervisorStation>(settings, m_clock, std::move(sound));
    QString error;
    if (!m_station->start(&error))
        return QStringLiteral("the console did not start: ") + error;
    m_station->window()->resize(WindowSize);
    m_station->window()->show();
    if (!QTest::qWaitForWindowExposed(m_station->window()))
        return QStringLiteral("the console's window was never shown");
    return {};
}

QString SupervisorConsoleFixture::signIn(const QString &staffNo, const QString &password)
{
    return signIn(*m_station, staffNo, password);
}

QString SupervisorConsoleFixture::signIn(SupervisorStation &station, const QString &staffNo,
                                         const QString &password)
{
    // Shared, as the answer may come after the wait gave up.
    auto problem = std::make_shared<std::optional<QString>>();
    station.login(staffNo, password, [problem](const QString &p) { *problem = p; });
    if (!QTest::qWaitFor([&] { return problem->has_value(); }, Wait))
        return QStringLiteral("no answer");
    return **problem;
}

bool SupervisorConsoleFixture::stopServer()
{
    m_kiosk.reset();
    return !m_server || m_server->stop();
}

bool SupervisorConsoleFixture::stop()
{
    m_station.reset();
    return stopServer();
}

void SupervisorConsoleFixture::saveAndCheck(const QString &name,
                                            const std::function<QStringList()> &moreClipped)
{
    QCoreApplication::processEvents();
    QWidget *window = m_station->window();
    const QString shot = saveShot(window, QStringLiteral("supervisor-screens"), name);
    QCOMPARE(window->size(), WindowSize); // nothing needs more room than it has
    QStringList clipped = clippedTexts(window);
    if (moreClipped)
        clipped += moreClipped();
    QVERIFY2(clipped.isEmpty(),
             qPrintable(clipped.join(QLatin1Char('\n')) + QLatin1Char('\n') + shot));
    const QStringList small = smallFonts(window, SupervisorLook::MinimumPx);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
}

} // namespace halldesk::test
