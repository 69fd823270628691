#include "exec/filemigrationlock.h"

#include "common/logging.h"
#include "common/tr.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SchemaPilot::Core {

namespace {

// Open-file-description locks conflict between two descriptors of the same process too (a second
// migration from this process is refused) and are dropped by the kernel when the process dies.
struct flock wholeFile(short type)
{
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0;
    return fl;
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        const ssize_t n = pread(fd, buffer, sizeof buffer, offset);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
        offset += n;
        if (bytes.size() > 65536)
            break;
    }
    return bytes;
}

// The holder rewrites its record in place; a reader may catch it half-written, so retry briefly.
std::optional<LockInfo> readRecord(int fd, bool expectRecord)
{
    for (int attempt = 0; attempt < (expectRecord ? 20 : 1); ++attempt) {
        if (auto info = LockInfo::fromJson(readAll(fd)))
            return info;
        if (expectRecord)
            QThread::msleep(5);
    }
    return std::nullopt;
}

Error lockFileError(const QString &path, int err)
{
    const QString why = QString::fromLocal8Bit(std::strerror(err));
    if (err == EACCES || err == EROFS || err == EPERM)
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("Cannot create the migration lock file next to the database: the folder is not writable. "
                            "A migration needs write access to the database's folder"),
                     {}, why, path, 0};
    if (err == ENOENT)
        return Error{ErrorCode::FileNotFound, Tr::tr("The folder of the database does not exist"), {}, why, path, 0};
    return Error{ErrorCode::Internal, Tr::tr("Cannot open the migration lock file"), {}, why, path, 0};
}

} // namespace

FileMigrationLock::FileMigrationLock(QString databasePath, int heartbeatMs)
    : m_lockPath(lockFilePathFor(databasePath))
    , m_heartbeatMs(qMax(10, heartbeatMs))
{
}

FileMigrationLock::~FileMigrationLock()
{
    release();
}

QString FileMigrationLock::lockFilePathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".schemapilot-lock");
}

Result<LockAcquisition> FileMigrationLock::acquire()
{
    if (m_fd >= 0)
        return fail(ErrorCode::Internal, Tr::tr("This migration lock is already held by this object"));
    const QByteArray path = QFile::encodeName(m_lockPath);
    // A releasing holder unlinks the file while still locked; retry when we locked an unlinked inode.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return fail(lockFileError(m_lockPath, errno));
        struct flock fl = wholeFile(F_WRLCK);
        if (::fcntl(fd, F_OFD_SETLK, &fl) != 0) {
            const int err = errno;
            if (err != EAGAIN && err != EACCES) {
                ::close(fd);
                return fail(lockFileError(m_lockPath, err));
            }
            const std::optional<LockInfo> holder = readRecord(fd, true);
            ::close(fd);
            LockInfo info = holder.value_or(LockInfo{});
            info.held = true;
            info.resource = m_lockPath;
            Error error{ErrorCode::LockHeld,
                        Tr::tr("Another migration of this database is running: held by %1. Wait for it to finish; "
                               "the lock is released automatically when that process ends")
                            .arg(info.describe()),
                        {}, {}, m_lockPath, 0};
            return fail(error);
        }
        struct stat byFd {};
        struct stat byPath {};
        if (::fstat(fd, &byFd) != 0 || ::stat(path.constData(), &byPath) != 0 || byFd.st_ino != byPath.st_ino
            || byFd.st_dev != byPath.st_dev) {
            ::close(fd);
            continue;
        }
        LockAcquisition acquisition;
        if (std::optional<LockInfo> previous = readRecord(fd, false)) {
            previous->stale = true;
            previous->resource = m_lockPath;
            acquisition.tookOverFrom = previous;
            qCWarning(lcCore) << "took over a stale migration lock left by" << previous->describe();
        }
        m_fd = fd;
        m_self = currentProcessLockInfo();
        m_self.held = true;
        m_self.resource = m_lockPath;
        m_self.acquiredAt = QDateTime::currentDateTimeUtc();
        m_self.heartbeatAt = m_self.acquiredAt;
        {
            std::lock_guard guard(m_mutex);
            writeRecord(Durability::Unsynced);
            m_stopHeartbeat = false;
        }
        m_heartbeat = std::thread([this] { heartbeatLoop(); });
        acquisition.self = m_self;
        return acquisition;
    }
    return fail(ErrorCode::LockHeld, Tr::tr("The migration lock file keeps changing; another migration is starting. Retry"));
}

void FileMigrationLock::writeRecord(Durability durability)
{
    const QByteArray json = QJsonDocument(m_self.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // Overwrite in place, then cut: readers retry on a half-written record.
    if (::pwrite(m_fd, json.constData(), size_t(json.size()), 0) == json.size())
        (void)::ftruncate(m_fd, json.size());
    if (durability == Durability::Synced)
        (void)::fdatasync(m_fd);
}

void FileMigrationLock::heartbeatLoop()
{
    // The first record is synced here, not in acquire(): other processes see it at once (the page
    // cache), the disk only matters after a power cut, and a sync waits for the file system's
    // journal, which can take milliseconds the migration need not wait for.
    (void)::fdatasync(m_fd);
    std::unique_lock guard(m_mutex);
    while (!m_wake.wait_for(guard, std::chrono::milliseconds(m_heartbeatMs), [this] { return m_stopHeartbeat; })) {
        m_self.heartbeatAt = QDateTime::currentDateTimeUtc();
        writeRecord(Durability::Synced);
    }
}

void FileMigrationLock::release()
{
    if (m_heartbeat.joinable()) {
        {
            std::lock_guard guard(m_mutex);
            m_stopHeartbeat = true;
        }
        m_wake.notify_all();
        m_heartbeat.join();
    }
    if (m_fd < 0)
        return;
    // Remove the record while still holding the lock, so a clean run leaves nothing behind.
    const QByteArray path = QFile::encodeName(m_lockPath);
    struct stat byFd {};
    struct stat byPath {};
    if (::fstat(m_fd, &byFd) == 0 && ::stat(path.constData(), &byPath) == 0 && byFd.st_ino == byPath.st_ino
        && byFd.st_dev == byPath.st_dev)
        ::unlink(path.constData());
    ::close(m_fd);
    m_fd = -1;
    m_self.held = false;
}

Result<LockInfo> FileMigrationLock::peek() const
{
    if (m_fd >= 0)
        return m_self;
    const QByteArray path = QFile::encodeName(m_lockPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return LockInfo{};
        return fail(lockFileError(m_lockPath, errno));
    }
    struct flock fl = wholeFile(F_WRLCK);
    const bool probed = ::fcntl(fd, F_OFD_GETLK, &fl) == 0;
    const bool held = probed && fl.l_type != F_UNLCK;
    LockInfo info = readRecord(fd, held).value_or(LockInfo{});
    ::close(fd);
    info.held = held;
    info.stale = !held && !info.isEmpty();
    info.resource = m_lockPath;
    return info;
}

} // namespace SchemaPilot::Core
