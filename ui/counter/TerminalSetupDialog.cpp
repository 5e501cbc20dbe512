#include "TerminalSetupDialog.h"

#include "pki/TerminalIdentity.h"
#include "pki/TlsSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace halldesk {

namespace {

const QColor ErrorColor(0xb0, 0x1e, 0x1e);

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString addressText(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    // authority() keeps the brackets of an IPv6 host; the scheme is always wss and implied.
    return url.authority();
}

QSslCertificate firstCertificate(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

bool looksLikePemKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Keys are small; a large file is something else and need not be read whole.
    const QByteArray head = file.read(64 * 1024);
    return head.contains("-----BEGIN ") && head.contains("PRIVATE KEY-----");
}

bool isReadableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isReadable();
}

} // namespace

TerminalSetupDialog::TerminalSetupDialog(const CounterSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Terminal Setup"));

    auto *intro = new QLabel(tr("Enter the hall server's address, the number of the window this "
                                "terminal stands at, and the certificate files the hall's "
                                "administrator issued for it."),
                             this);
    intro->setWordWrap(true);

    m_server = new QLineEdit(addressText(settings.serverUrl), this);
    m_server->setPlaceholderText(tr("host:port, for example 10.1.2.3:7443"));
    m_server->setMinimumWidth(m_server->fontMetrics().averageCharWidth() * 40);

    m_window =
        new QLineEdit(settings.window > 0 ? QString::number(settings.window) : QString(), this);
    m_window->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_window));
    m_window->setMaxLength(5);
    m_window->setMaximumWidth(m_window->fontMetrics().averageCharWidth() * 14);

    auto *form = new QFormLayout;
    form->addRow(tr("Hall &server:"), m_server);
    form->addRow(tr("&Window number:"), m_window);
    addFileRow(form, File::Ca, tr("Hall &CA certificate:"));
    addFileRow(form, File::Certificate, tr("Terminal ce&rtificate:"));
    addFileRow(form, File::Key, tr("Terminal &key:"));
    row(File::Ca).path->setText(settings.tls.caFile);
    row(File::Certificate).path->setText(settings.tls.certificateFile);
    row(File::Key).path->setText(settings.tls.keyFile);
    for (File file : {File::Ca, File::Certificate, File::Key})
        describeFile(file);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_error, ErrorColor);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TerminalSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TerminalSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    // Tab order follows the form: each path, then its browse button.
    QWidget *previous = m_window;
    setTabOrder(m_server, m_window);
    for (const FileRow &r : m_files) {
        setTabOrder(previous, r.path);
        setTabOrder(r.path, r.browse);
        previous = r.browse;
    }
    m_server->setFocus();
}

void TerminalSetupDialog::addFileRow(QFormLayout *form, File file, const QString &label)
{
    FileRow &r = row(file);
    r.path = new QLineEdit(this);
    r.path->setPlaceholderText(tr("PEM file"));
    r.browse = new QPushButton(tr("Browse…"), this);
    // Enter in a path field saves the dialog; it must not open a file chooser instead.
    r.browse->setAutoDefault(false);
    r.status = new QLabel(this);
    r.status->setWordWrap(true);
    r.status->hide();

    auto *line = new QHBoxLayout;
    line->addWidget(r.path, 1);
    line->addWidget(r.browse);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addLayout(line);
    cell->addWidget(r.status);

    auto *caption = new QLabel(label, this);
    caption->setBuddy(r.path);
    r.browse->setAccessibleName(tr("Browse for %1").arg(QString(label).remove(QLatin1Char('&'))));
    form->addRow(caption, cell);

    connect(r.browse, &QPushButton::clicked, this, [this, file] { browse(file); });
    connect(r.path, &QLineEdit::editingFinished, this, [this, file] {
        describeFile(file);
        if (file == File::Certificate)
            fillWindowFromCertificate();
    });
}

void TerminalSetupDialog::browse(File file)
{
    FileRow &r = row(file);
    QString start = r.path->text().trimmed();
    if (start.isEmpty()) {
        // The three files usually sit in one folder: start where another one is.
        for (const FileRow &other : m_files)
            if (!other.path->text().trimmed().isEmpty()) {
                start = QFileInfo(other.path->text().trimmed()).absolutePath();
                break;
            }
    }
    const QString filter = file == File::Key ? tr("Private keys (*.key *.pem);;All files (*)")
                                             : tr("Certificates (*.pem *.crt);;All files (*)");
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a File"), start, filter);
    if (chosen.isEmpty())
        return;
    r.path->setText(chosen);
    describeFile(file);
    if (file == File::Certificate)
        fillWindowFromCertificate();
    r.path->setFocus();
}

// A line under each path saying what the file is, so a wrong choice shows before saving.
void TerminalSetupDialog::describeFile(File file)
{
    const FileRow &r = row(file);
    const QString path = r.path->text().trimmed();
    QString text;
    bool problem = false;
    if (path.isEmpty()) {
        r.status->hide();
        return;
    }
    if (!QFileInfo::exists(path)) {
        text = tr("This file does not exist.");
        problem = true;
    } else if (!isReadableFile(path)) {
        text = tr("This file cannot be read.");
        problem = true;
    } else if (file == File::Key) {
        problem = !looksLikePemKey(path);
        text = problem ? tr("This is not a PEM private key.") : tr("Private key");
    } else {
        const QSslCertificate certificate = firstCertificate(path);
        if (certificate.isNull()) {
            text = tr("This is not a PEM certificate.");
            problem = true;
        } else {
            const QString name =
                certificate.subjectInfo(QSslCertificate::CommonName).value(0, tr("(no name)"));
            const QDate until = certificate.expiryDate().date();
            problem = certificate.expiryDate() < QDateTime::currentDateTimeUtc();
            text = problem ? tr("%1, expired on %2").arg(name, until.toString(Qt::ISODate))
                           : tr("%1, valid until %2").arg(name, until.toString(Qt::ISODate));
        }
    }
    r.status->setText(text);
    setTextColor(r.status, problem ? ErrorColor : palette().color(QPalette::PlaceholderText));
    r.status->show();
}

void TerminalSetupDialog::fillWindowFromCertificate()
{
    if (!m_window->text().isEmpty())
        return;
    const auto identity = TerminalIdentity::fromCertificate(
        firstCertificate(row(File::Certificate).path->text().trimmed()), nullptr);
    if (identity && identity->role == TerminalRole::Counter)
        m_window->setText(QString::number(identity->window));
}

TlsFiles TerminalSetupDialog::enteredFiles() const
{
    return {row(File::Ca).path->text().trimmed(), row(File::Certificate).path->text().trimmed(),
            row(File::Key).path->text().trimmed()};
}

QString TerminalSetupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TerminalSetupDialog::accept()
{
    QString error;
    const QUrl url = CounterSettings::parseServerAddress(m_server->text(), &error);
    if (url.isEmpty()) {
        showError(error, m_server);
        return;
    }
    CounterSettings candidate = m_settings;
    candidate.serverUrl = url;
    candidate.window = m_window->text().toInt();
    candidate.tls = enteredFiles();

    if (const QString problem = candidate.problem(); !problem.isEmpty()) {
        QLineEdit *focus = m_window;
        if (candidate.window >= 1 && candidate.window <= CounterSettings::MaxWindow) {
            for (const FileRow &r : m_files)
                if (!isReadableFile(r.path->text().trimmed())) {
                    focus = r.path;
                    break;
                }
        }
        showError(problem, focus);
        return;
    }
    if (!TlsSettings::client(candidate.tls, &error)) {
        showError(error, fieldNamedIn(error));
        return;
    }
    // The server knows a counter by its certificate's name, "counter-<window>": a certificate
    // for another window would be admitted but refused at every window operation.
    const QString certificatePath = candidate.tls.certificateFile;
    const auto identity =
        TerminalIdentity::fromCertificate(firstCertificate(certificatePath), nullptr);
    if (!identity || identity->role != TerminalRole::Counter) {
        showError(tr("The certificate in %1 is not a counter terminal's certificate.")
                      .arg(certificatePath),
                  row(File::Certificate).path);
        return;
    }
    if (identity->window != candidate.window) {
        showError(tr("The certificate in %1 is for window %2, not for window %3.")
                      .arg(certificatePath)
                      .arg(identity->window)
                      .arg(candidate.window),
                  m_window);
        return;
    }
    m_settings = candidate;
    m_error->hide();
    QDialog::accept();
}

void TerminalSetupDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
    focus->selectAll();
}

// TlsSettings names the offending file in its message; the key is checked before the
// certificate because a mismatch message names both and the key is the one to replace.
QLineEdit *TerminalSetupDialog::fieldNamedIn(const QString &message) const
{
    for (File file : {File::Key, File::Certificate, File::Ca}) {
        const QString path = QDir::toNativeSeparators(row(file).path->text().trimmed());
        if (!path.isEmpty() && message.contains(path))
            return row(file).path;
    }
    return row(File::Certificate).path;
}

} // namespace halldesk
