#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace steward {

struct PgAddress;

// File → Connect to Server…: host, port, database, user, TLS mode and password of a PostgreSQL database, with the
// address it makes (never the password) and a warning when the connection to another machine would be plaintext.
// "Remember the password" keeps it in Steward's own 0600 password file; otherwise it lives in memory for this run.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    // Fills the fields from an address (a recent connection that needs its password again).
    void setAddress(const PgAddress& address);
    // After Connect: the location to open (a postgresql:// address; with the password in it when not remembered,
    // which Steward keeps in memory only and never shows or records).
    QString location() const { return m_location; }

    void accept() override;

private:
    void updatePreview();
    // The address the fields make, or an error text.
    bool build(PgAddress& out, QString& problem) const;

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_preview;
    QLabel* m_warning;
    QString m_location;
};

} // namespace steward
