#include "passphrase.h"

#include "crypto/passphrasekeychain.h"

#include <QTextStream>

#include <cstdio>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

// One line from the terminal with echo off; the echo comes back even when reading fails.
std::optional<QString> promptNoEcho(Io &io, const QString &question)
{
    io.err() << question << Qt::flush;
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    bool ok = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            ok = true;
            break;
        }
        line.push_back(char(c));
    }
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!ok && line.empty())
        return std::nullopt;
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace

QString passphraseHint()
{
    return QStringLiteral("set %1 or run on a terminal to be asked for it").arg(QLatin1String(kPassphraseVariable));
}

Result<QString> readBackupPassphrase(Io &io, bool json, PassphrasePrompt prompt, const QString &keychainAccount)
{
    const QString fromEnvironment = qEnvironmentVariable(kPassphraseVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const PassphraseKeychain keychain;
    if (!keychainAccount.isEmpty()) {
        auto remembered = keychain.read(keychainAccount);
        if (!remembered)
            return fail(remembered.error());
        if (*remembered)
            return **remembered;
    }
    if (json || !io.stdinIsTerminal())
        return fail(ErrorCode::Usage, QStringLiteral("A backup passphrase is needed: %1%2")
                                          .arg(passphraseHint(),
                                               keychainAccount.isEmpty() ? QString()
                                                                         : QStringLiteral(" (the system keychain has none for these "
                                                                                          "backups; `backup remember-passphrase` stores one)")));
    auto first = promptNoEcho(io, QStringLiteral("Backup passphrase: "));
    if (!first || first->isEmpty())
        return fail(ErrorCode::Usage, QStringLiteral("No passphrase was entered"));
    if (prompt == PassphrasePrompt::Confirm) {
        auto second = promptNoEcho(io, QStringLiteral("Repeat the passphrase: "));
        if (!second || *second != *first)
            return fail(ErrorCode::Usage, QStringLiteral("The two passphrases differ; nothing was done"));
    }
    if (!keychainAccount.isEmpty()) {
        if (auto stored = keychain.store(keychainAccount, *first); !stored)
            return fail(stored.error());
        io.err() << "The passphrase is now remembered in the system keychain (`backup forget-passphrase` removes it)." << Qt::endl;
    }
    return *first;
}

} // namespace SchemaPilot::Cli
