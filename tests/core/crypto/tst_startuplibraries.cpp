// What a process linked to SchemaPilot::Core maps at start-up: the keychain stack (QtKeychain,
// QtDBus, libdbus, libgcrypt) and OpenSSL's libcrypto must not be there until they are used, since
// every `status` would pay for them; the keychain module must still be found next to the core
// library and load, and libcrypto must load at the first checksum.
#include "crypto/hasher.h"
#include "crypto/passphrasekeychain.h"
#include "keychainmodule/keychainmodule.h"

#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QtTest>

#include <dlfcn.h>

using namespace SchemaPilot::Core;

namespace {

QStringList mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash >= 0)
            names << QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName();
    }
    names.removeDuplicates();
    return names;
}

QStringList matching(const QStringList &names, const QStringList &prefixes)
{
    QStringList found;
    for (const QString &name : names)
        for (const QString &prefix : prefixes)
            if (name.startsWith(prefix))
                found << name;
    return found;
}

const QStringList kKeychainStack{QStringLiteral("libqt6keychain"), QStringLiteral("libQt6DBus"),
                                 QStringLiteral("libdbus-1"), QStringLiteral("libgcrypt"), QStringLiteral("libsecret")};

} // namespace

class TestStartupLibraries : public QObject
{
    Q_OBJECT

private slots:
    void keychainStackIsNotLoadedAtStartUp()
    {
        const QStringList names = mappedLibraries();
        QVERIFY2(!matching(names, {QStringLiteral("libschemapilot-core.so")}).isEmpty(), qPrintable(names.join(u' ')));
        QCOMPARE(matching(names, kKeychainStack), QStringList());
        QCOMPARE(matching(names, {QStringLiteral("libpq")}), QStringList());
        QCOMPARE(matching(names, {QStringLiteral("libcrypto")}), QStringList());
    }

    // The first checksum loads libcrypto and gets the right digest through it.
    void libcryptoLoadsAtTheFirstChecksum()
    {
        QCOMPARE(*sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(!matching(mappedLibraries(), {QStringLiteral("libcrypto.so.3")}).isEmpty());
        Hasher hasher;
        hasher.update("abc");
        const auto digests = hasher.finish();
        QVERIFY2(digests, qPrintable(digests ? QString() : digests.error().toString()));
        QCOMPARE(digests->md5, QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
    }

    void keychainModuleLoadsFromBesideTheCoreLibrary()
    {
        if (!PassphraseKeychain::builtIn())
            QSKIP("built without QtKeychain (qtkeychain-qt6-dev)");
        Dl_info info{};
        QVERIFY(dladdr(reinterpret_cast<const void *>(&PassphraseKeychain::accountFor), &info) != 0);
        const QString beside = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath() + u'/'
                               + QString::fromLatin1(KeychainModule::FileBaseName);
        QLibrary module(beside);
        QVERIFY2(module.resolve(KeychainModule::EntryPointName), qPrintable(module.errorString()));
        QVERIFY(!matching(mappedLibraries(), {QStringLiteral("libqt6keychain")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStartupLibraries)
#include "tst_startuplibraries.moc"
