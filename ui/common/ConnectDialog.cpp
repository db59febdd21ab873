#include "common/ConnectDialog.h"

#include "db/PgAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password (in Steward's own file, readable only by you)"), this))
    , m_preview(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_user->setObjectName(QStringLiteral("connectUser"));
    m_tls->setObjectName(QStringLiteral("connectTls"));
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    m_warning->setObjectName(QStringLiteral("connectWarning"));
    m_preview->setObjectName(QStringLiteral("connectPreview"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("a host name, an IP address, or the folder of the server's socket"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from a password file (~/.pgpass or PGPASSFILE)"));
    m_tls->addItem(tr("Automatic: none on this machine, required to any other"), QString());
    for (const char* mode : {"verify-full", "verify-ca", "require", "prefer", "allow", "disable"})
        m_tls->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    for (QLineEdit* e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updatePreview);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updatePreview);
    updatePreview();
    resize(560, sizeHint().height());
}

void ConnectDialog::setAddress(const PgAddress& address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int tls = m_tls->findData(address.sslModeGiven ? address.sslMode : QString());
    m_tls->setCurrentIndex(tls < 0 ? 0 : tls);
    m_password->setFocus();
    updatePreview();
}

bool ConnectDialog::build(PgAddress& out, QString& problem) const
{
    auto enc = [](const QString& s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    const QString host = m_host->text().trimmed();
    QString text =
        QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(enc(m_user->text().trimmed()), host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/'))
                                                    ? QLatin1Char('[') + host + QLatin1Char(']')
                                                    : enc(host))
            .arg(m_port->value())
            .arg(enc(m_database->text().trimmed()));
    if (const QString mode = m_tls->currentData().toString(); !mode.isEmpty())
        text += QStringLiteral("?sslmode=") + mode;
    auto parsed = PgAddress::parse(text);
    if (!parsed) {
        problem = parsed.error().toText();
        return false;
    }
    out = parsed.value();
    return true;
}

void ConnectDialog::updatePreview()
{
    PgAddress a;
    QString problem;
    const bool ok = !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() && build(a, problem);
    m_preview->setText(ok ? a.canonical() : problem);
    const QStringList warnings = ok ? a.warnings() : QStringList();
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void ConnectDialog::accept()
{
    PgAddress a;
    QString problem;
    if (m_database->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        m_preview->setText(tr("Give a database and a user."));
        return;
    }
    if (!build(a, problem)) {
        m_preview->setText(problem);
        return;
    }
    const QString password = m_password->text();
    if (!password.isEmpty() && m_remember->isChecked()) {
        auto remembered = rememberPasswordInFile(a, password);
        if (!remembered) {
            m_preview->setText(remembered.error().toText());
            return;
        }
        m_location = remembered->canonical();
    } else if (!password.isEmpty()) {
        // In memory only: opening keeps it for this run (PostgresEngine::rememberPassword), never shown or saved.
        QString canonical = a.canonical();
        const QString userPart = QString::fromUtf8(QUrl::toPercentEncoding(a.user)) + QLatin1Char('@');
        canonical.replace(canonical.indexOf(userPart), userPart.size(),
                          QString::fromUtf8(QUrl::toPercentEncoding(a.user)) + QLatin1Char(':') +
                              QString::fromUtf8(QUrl::toPercentEncoding(password)) + QLatin1Char('@'));
        m_location = canonical;
    } else {
        m_location = a.canonical();
    }
    QDialog::accept();
}

} // namespace steward
