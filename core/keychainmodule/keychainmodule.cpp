// The keychain module: QtKeychain behind one C entry point, loaded by crypto/passphrasekeychain.cpp
// only when the keychain is used.
#include "keychainmodule/keychainmodule.h"

#include <QEventLoop>
#include <QString>

#include <type_traits>

#include <qt6keychain/keychain.h>

using namespace SchemaPilot::Core::KeychainModule;

namespace {

// Runs a QtKeychain job to its end.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the insecure plain-file fallback: the passphrase goes to a real keychain or nowhere.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Outcome outcomeOf(const QKeychain::Job &job, QString &errorText)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    default:
        errorText = job.errorString();
        return Outcome::Failed;
    }
}

} // namespace

extern "C" __attribute__((visibility("default"))) Outcome schemapilot_keychain_v1(Operation operation, const QString &service,
                                                                                  const QString &account, QString &data,
                                                                                  QString &errorText)
{
    switch (operation) {
    case Operation::Read: {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(account);
        runJob(job);
        const Outcome outcome = outcomeOf(job, errorText);
        if (outcome == Outcome::Done)
            data = job.textData();
        return outcome;
    }
    case Operation::Store: {
        QKeychain::WritePasswordJob job(service);
        job.setKey(account);
        job.setTextData(data);
        runJob(job);
        return outcomeOf(job, errorText);
    }
    case Operation::Forget: {
        QKeychain::DeletePasswordJob job(service);
        job.setKey(account);
        runJob(job);
        return outcomeOf(job, errorText);
    }
    }
    errorText = QStringLiteral("unknown keychain operation");
    return Outcome::Failed;
}

static_assert(std::is_same_v<decltype(&schemapilot_keychain_v1), EntryPoint>,
              "the entry point must match what crypto/passphrasekeychain.cpp calls");
