// Encrypted-backup benchmark (measured, never asserted): AES-256-GCM record encryption and
// decryption of a file of N MB (default 256) on one core, in MB/s of wall time and of this
// thread's CPU time (the honest figure on a shared machine), plus scrypt's one-off cost and the
// peak RSS of encrypt+decrypt for a small and a large file, each in a fresh child process (flat
// memory means nearly equal peaks).
// Usage: bench_crypto [size-in-MB, default 256]
#include "crypto/backupcipher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace SchemaPilot::Core;

namespace {

const QByteArray kPassphrase = "benchmark passphrase";

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool writeRandomFile(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 i = 0; i < megabytes; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

// Child mode: encrypt and decrypt one file, print the peak RSS in KiB.
int measureChild(const QString &plain)
{
    auto key = BackupKey::create(kPassphrase);
    if (!key)
        return 1;
    const long afterKey = peakRssKb();
    if (!encryptFile(*key, plain, plain + QStringLiteral(".enc")) || !decryptFile(*key, plain + QStringLiteral(".enc"), plain + QStringLiteral(".back")))
        return 1;
    std::printf("%ld %ld\n", afterKey, peakRssKb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QStringLiteral("--child"))
        return measureChild(args.at(2));
    const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 256;
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.bin"));
    if (!writeRandomFile(plain, megabytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(plain));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto key = BackupKey::create(kPassphrase);
    if (!key) {
        std::fprintf(stderr, "%s\n", qPrintable(key.error().toString()));
        return 1;
    }
    std::printf("scrypt key derivation (N=2^15, r=8, p=1): %lld ms\n", timer.elapsed());

    double bestEncrypt = 0, bestEncryptCpu = 0, bestDecrypt = 0, bestDecryptCpu = 0;
    for (int run = 0; run < 3; ++run) {
        QFile::remove(plain + QStringLiteral(".enc"));
        QFile::remove(plain + QStringLiteral(".back"));
        timer.restart();
        double cpu = threadCpuSeconds();
        auto written = encryptFile(*key, plain, plain + QStringLiteral(".enc"));
        const double encryptWall = timer.nsecsElapsed() / 1e9;
        const double encryptCpu = threadCpuSeconds() - cpu;
        timer.restart();
        cpu = threadCpuSeconds();
        auto read = decryptFile(*key, plain + QStringLiteral(".enc"), plain + QStringLiteral(".back"));
        const double decryptWall = timer.nsecsElapsed() / 1e9;
        const double decryptCpu = threadCpuSeconds() - cpu;
        if (!written || !read) {
            std::fprintf(stderr, "round trip failed\n");
            return 1;
        }
        bestEncrypt = std::max(bestEncrypt, megabytes / encryptWall);
        bestEncryptCpu = std::max(bestEncryptCpu, megabytes / encryptCpu);
        bestDecrypt = std::max(bestDecrypt, megabytes / decryptWall);
        bestDecryptCpu = std::max(bestDecryptCpu, megabytes / decryptCpu);
    }
    std::printf("%lld MB file, 1 MiB records, AES-256-GCM + SHA-256 of the encrypted file, best of 3, one thread:\n", megabytes);
    std::printf("  encrypt  %7.0f MB/s wall  %7.0f MB/s CPU\n", bestEncrypt, bestEncryptCpu);
    std::printf("  decrypt  %7.0f MB/s wall  %7.0f MB/s CPU   (authenticates every record)\n", bestDecrypt, bestDecryptCpu);

    // Peak RSS of a fresh process per size: the larger file should not need more memory.
    const qint64 smallMegabytes = std::max<qint64>(8, megabytes / 8);
    const QString small = dir.filePath(QStringLiteral("small.bin"));
    if (!writeRandomFile(small, smallMegabytes))
        return 1;
    for (const auto &[path, size] : {std::pair{small, smallMegabytes}, std::pair{plain, megabytes}}) {
        QFile::remove(path + QStringLiteral(".enc"));
        QFile::remove(path + QStringLiteral(".back"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        child.waitForFinished(-1);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 2) {
            std::fprintf(stderr, "child failed for %s\n", qPrintable(path));
            return 1;
        }
        std::printf("peak RSS, encrypt+decrypt of %4lld MB: %6.1f MB (of which scrypt's working set raised it to %5.1f MB)\n",
                    size, fields.at(1).toDouble() / 1024, fields.at(0).toDouble() / 1024);
    }
    return 0;
}
