#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace steward {

// Where a PostgreSQL database is, parsed from `postgresql://user@host:port/db?sslmode=…` (or `postgres://`), with
// every parameter Steward passes to libpq made explicit: nothing comes from PG* environment variables, a service
// file or a raw option string. Refused: host or port lists (libpq would fail over silently), options other than
// the known ones (hostaddr=, service=, options=… can redirect or change the session), control characters, a bad
// port or TLS mode. The password is never part of the address Steward shows, logs, keeps or audits.
struct PgAddress {
    QString host; // a name or IP address, or an absolute folder holding the server's socket
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;           // disable, allow, prefer, require, verify-ca or verify-full; never empty after parse
    bool sslModeGiven = false; // false: Steward chose it (disable for a local server, require for any other)
    QString passFile;          // the password file libpq reads (passfile=, or PGPASSFILE as Steward found it)
    QString sslRootCert, sslCert, sslKey;
    int connectTimeoutS = 10;
    QString applicationName = QStringLiteral("Steward");
    QString password; // only from the address itself (refused where it would show, see passwordInAddress)
    bool passwordInAddress = false;

    // True for `postgresql://` and `postgres://` (any case): the text names a server, not a file.
    static bool looksLikeAddress(const QString& text);
    static Result<PgAddress> parse(const QString& text);

    // The address without the password, with the TLS mode: what Steward shows, logs, audits and keys its own records
    // by; parse(canonical()) gives the same address back.
    QString canonical() const;
    // "steward_test on 127.0.0.1:5432 as steward": for titles and the status bar.
    QString displayName() const;
    // A socket folder, localhost or a loopback address.
    bool isLocal() const;
    // Plaintext to another machine, a TLS mode that falls back to plaintext: what the user should know.
    QStringList warnings() const;
    // The keyword/value pairs for libpq (host, port, dbname, user, sslmode, …), password excluded.
    QList<QPair<QString, QString>> libpqParameters() const;
    // Checks the password file the connection would use: libpq silently ignores one that others may read.
    Result<void> checkPassFile() const;
};

// "Remember the password": writes it to Steward's own password file (<data>/pgpass, mode 0600 from the first byte,
// libpq's format, replacing this address's earlier line) and returns the address with passfile= pointing at it. Only
// when the user asks; Steward never writes a password anywhere else.
Result<PgAddress> rememberPasswordInFile(const PgAddress& address, const QString& password);
// The password file Steward keeps for "remember" (it may not exist).
QString stewardPassFile();

// libpq reads PG* variables (PGHOSTADDR, PGSERVICE, PGOPTIONS, PGSSLMODE, PGPASSWORD, …) for anything not given,
// and some override what is given. Steward removes them from its own environment (so from its children's too), once,
// first noting PGPASSFILE (a password file the user pointed at, which Steward then passes explicitly). Call early
// in main(), before threads start; the PostgreSQL engine calls it again (a no-op then) before its first connection.
// Also makes libpq's own messages English (LC_MESSAGES=C), so that connection failures can be classified; since
// QCoreApplication sets the locale from the environment, call englishLibpqMessages() again after constructing it.
void prepareLibpqEnvironment();
void englishLibpqMessages();
// PGPASSFILE as it was before prepareLibpqEnvironment() removed it; empty when unset.
QString userPassFileFromEnvironment();

} // namespace steward
