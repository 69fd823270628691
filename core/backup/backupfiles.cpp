#include "backup/backupfiles.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SchemaPilot::Core::BackupFiles {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Result<void> ensurePrivateDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists())
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("The backup location exists but is not a folder"), {}, {}, path, 0});
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the parent folder of the backup folder"), {}, {}, parent, 0});
    if (::mkdir(QFile::encodeName(info.absoluteFilePath()).constData(), 0700) != 0 && errno != EEXIST)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the backup folder"), {}, systemError(), path, 0});
    // mkdir's mode is filtered by the umask; 0700 is what we want whatever the umask says.
    ::chmod(QFile::encodeName(info.absoluteFilePath()).constData(), 0700);
    return {};
}

Result<void> writeAtomically(const QString &path, const QByteArray &data)
{
    const QString temporary = QStringLiteral("%1.tmp-%2").arg(path).arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray nativeTemporary = QFile::encodeName(temporary);
    const int fd = ::open(nativeTemporary.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot write the backup metadata"), {}, systemError(), path, 0});
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString text = systemError();
            ::close(fd);
            ::unlink(nativeTemporary.constData());
            return fail(Error{ErrorCode::BackupFailed, Tr::tr("Writing the backup metadata failed"), {}, text, path, 0});
        }
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        ::unlink(nativeTemporary.constData());
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Flushing the backup metadata to disk failed"), {}, systemError(), path, 0});
    }
    if (auto ok = renameReplacing(temporary, path); !ok) {
        ::unlink(nativeTemporary.constData());
        return ok;
    }
    return {};
}

Result<void> renameReplacing(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot move the backup file into place"), {}, systemError(), to, 0});
    return {};
}

void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace SchemaPilot::Core::BackupFiles
