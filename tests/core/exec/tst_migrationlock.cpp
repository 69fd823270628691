// The migration lock: refused while held (same process or another), stale records taken over,
// heartbeat refreshed, released by the kernel when the holder is SIGKILLed.
#include "exec/filemigrationlock.h"

#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace SchemaPilot::Core;

namespace {

const char kHoldEnv[] = "SCHEMAPILOT_TEST_HOLD_LOCK";

// Child mode: hold the lock on the given database path until killed.
int holdLockForever(const QString &databasePath)
{
    FileMigrationLock lock(databasePath, 50);
    auto acquired = lock.acquire();
    if (!acquired) {
        std::fprintf(stdout, "failed %s\n", qPrintable(acquired.error().toString()));
        return 1;
    }
    std::fprintf(stdout, "held\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestMigrationLock final : public QObject
{
    Q_OBJECT

private slots:
    void acquireWritesRecordAndReleaseRemovesIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        FileMigrationLock lock(db);
        auto acquired = lock.acquire();
        QVERIFY2(acquired, qPrintable(acquired ? QString() : acquired.error().toString()));
        QVERIFY(!acquired->tookOverFrom);
        QVERIFY(lock.isHeld());
        QFile file(FileMigrationLock::lockFilePathFor(db));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto record = LockInfo::fromJson(file.readAll());
        QVERIFY(record);
        QCOMPARE(record->pid, QCoreApplication::applicationPid());
        QVERIFY(record->owner.contains(u'@'));
        QVERIFY(record->acquiredAt.isValid());
        lock.release();
        QVERIFY(!lock.isHeld());
        QVERIFY(!QFile::exists(FileMigrationLock::lockFilePathFor(db)));
    }

    void secondHolderInSameProcessIsRefusedNamingTheHolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        FileMigrationLock first(db);
        QVERIFY(first.acquire());
        FileMigrationLock second(db);
        auto refused = second.acquire();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::LockHeld);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(currentProcessLockInfo().owner));
        first.release();
        QVERIFY(second.acquire());
    }

    void peekReportsHolderWithoutTakingTheLock()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        FileMigrationLock observer(db);
        auto before = observer.peek();
        QVERIFY(before);
        QVERIFY(!before->held);
        QVERIFY(!before->stale);

        FileMigrationLock holder(db);
        QVERIFY(holder.acquire());
        auto during = observer.peek();
        QVERIFY(during);
        QVERIFY(during->held);
        QCOMPARE(during->pid, QCoreApplication::applicationPid());
        // Peeking must not have taken it: the holder still holds, another acquire still fails.
        QVERIFY(!FileMigrationLock(db).acquire());
        holder.release();
        auto after = observer.peek();
        QVERIFY(after);
        QVERIFY(!after->held);
    }

    void staleRecordIsTakenOverAndReported()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        LockInfo dead;
        dead.owner = QStringLiteral("ghost@elsewhere");
        dead.pid = 999999;
        dead.host = QStringLiteral("elsewhere");
        dead.acquiredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        dead.heartbeatAt = dead.acquiredAt;
        QFile file(FileMigrationLock::lockFilePathFor(db));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(dead.toJson()).toJson());
        file.close();

        auto state = FileMigrationLock(db).peek();
        QVERIFY(state);
        QVERIFY(!state->held);
        QVERIFY(state->stale);
        QCOMPARE(state->owner, dead.owner);

        FileMigrationLock lock(db);
        auto acquired = lock.acquire();
        QVERIFY(acquired);
        QVERIFY(acquired->tookOverFrom);
        QCOMPARE(acquired->tookOverFrom->pid, 999999);
        QCOMPARE(acquired->tookOverFrom->owner, dead.owner);
    }

    void heartbeatRefreshesTheRecord()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        FileMigrationLock lock(db, 20);
        auto acquired = lock.acquire();
        QVERIFY(acquired);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(FileMigrationLock::lockFilePathFor(db));
                if (!file.open(QIODevice::ReadOnly))
                    return false;
                const auto record = LockInfo::fromJson(file.readAll());
                return record && record->heartbeatAt > acquired->self.acquiredAt;
            }(),
            3000);
    }

    void otherProcessHoldsThenIsKilledAndLockIsFree()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHoldEnv), db);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(5000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("held"));

        FileMigrationLock lock(db);
        auto refused = lock.acquire();
        QVERIFY(!refused);
        const qint64 childPid = child.processId();
        QCOMPARE(refused.error().code, ErrorCode::LockHeld);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(childPid)),
                 qPrintable(refused.error().message));
        auto peeked = lock.peek();
        QVERIFY(peeked && peeked->held);
        QCOMPARE(peeked->pid, childPid);

        ::kill(pid_t(childPid), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        auto stale = lock.peek();
        QVERIFY(stale);
        QVERIFY(!stale->held);
        QVERIFY(stale->stale);
        auto acquired = lock.acquire();
        QVERIFY2(acquired, qPrintable(acquired ? QString() : acquired.error().toString()));
        QVERIFY(acquired->tookOverFrom);
        QCOMPARE(acquired->tookOverFrom->pid, childPid);
    }

    void missingFolderGivesAClearError()
    {
        FileMigrationLock lock(QStringLiteral("/nonexistent-schemapilot-folder/app.db"));
        auto result = lock.acquire();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::FileNotFound);
        QVERIFY(result.error().file.endsWith(QStringLiteral("app.db.schemapilot-lock")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable(kHoldEnv); !path.isEmpty())
        return holdLockForever(path);
    TestMigrationLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrationlock.moc"
