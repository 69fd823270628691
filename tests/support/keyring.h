#pragma once

#include "crypto/passphrasekeychain.h"

#include <QTest>

// For tests run by tests/support/with-keyring.sh: skips (with the script's reason) when no keyring
// could be started, or fails when CI=true, since CI installs one; skips when built without QtKeychain.
#define SCHEMAPILOT_REQUIRE_KEYRING()                                                                              \
    do {                                                                                                           \
        const QString noKeyring = qEnvironmentVariable("SCHEMAPILOT_TEST_NO_KEYRING");                            \
        if (!noKeyring.isEmpty()) {                                                                                \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                                              \
                QFAIL(qPrintable(QStringLiteral("CI needs a keyring: %1").arg(noKeyring)));                        \
            QSKIP(qPrintable(QStringLiteral("no keyring: %1").arg(noKeyring)));                                    \
        }                                                                                                          \
        if (!SchemaPilot::Core::PassphraseKeychain::builtIn())                                                     \
            QSKIP("built without QtKeychain (qtkeychain-qt6-dev)");                                                \
    } while (false)
