#pragma once

#include "counter/CounterSettings.h"

#include <QDialog>
#include <array>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace halldesk {

// Where this counter's hall server is, which window it stands at and the PEM files that admit
// it. Shown on the first run and from the settings dialog. Only a configuration that can
// actually be used is accepted: the address parses, the files are readable, the key matches
// the certificate, the certificate is a counter certificate of the hall CA for this window and
// has not expired. Every refusal is explained in place instead of in a later failed handshake.
class TerminalSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TerminalSetupDialog(const CounterSettings &settings, QWidget *parent = nullptr);

    // The settings as accepted; before a successful accept, the ones given to the constructor.
    // The voice settings and the file path are passed through untouched.
    CounterSettings settings() const { return m_settings; }
    QString errorText() const;

    void accept() override;

    enum class File
    {
        Ca,
        Certificate,
        Key
    };

private:
    struct FileRow
    {
        QLineEdit *path = nullptr;
        QPushButton *browse = nullptr;
        QLabel *status = nullptr;
    };

    FileRow &row(File file) { return m_files.at(static_cast<size_t>(file)); }
    const FileRow &row(File file) const { return m_files.at(static_cast<size_t>(file)); }
    void addFileRow(QFormLayout *form, File file, const QString &label);
    void browse(File file);
    void describeFile(File file);
    void fillWindowFromCertificate();
    TlsFiles enteredFiles() const;
    void showError(const QString &message, QLineEdit *focus);
    QLineEdit *fieldNamedIn(const QString &message) const;

    CounterSettings m_settings;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_window = nullptr;
    std::array<FileRow, 3> m_files;
    QLabel *m_error = nullptr;
};

} // namespace halldesk
