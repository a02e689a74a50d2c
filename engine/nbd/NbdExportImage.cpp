#include "NbdExportImage.h"

#include "NbdProtocol.h"
#include "files/FileResolver.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <limits>
#include <new>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace Bootcast {

namespace {

constexpr qint64 ZeroChunkBytes = 1024 * 1024;

} // namespace

NbdExportImage::~NbdExportImage() = default;

Expected<std::shared_ptr<NbdExportImage>> NbdExportImage::open(const Profile::NbdExport &config,
                                                               const QString &netbootDir)
{
    using Result = Expected<std::shared_ptr<NbdExportImage>>;
    QString path;
    if (QDir::isAbsolutePath(config.file)) {
        const QFileInfo info(config.file);
        if (!info.exists())
            return Result::failure(tr("\"%1\" does not exist").arg(QDir::toNativeSeparators(config.file)));
        if (!info.isFile())
            return Result::failure(tr("\"%1\" is not a regular file (a disk image or an ISO)")
                                       .arg(QDir::toNativeSeparators(config.file)));
        path = info.absoluteFilePath();
    } else {
        const FileResolver files(netbootDir);
        const Expected<ResolvedFile> resolved = files.resolve(config.file);
        if (!resolved)
            return Result::failure(resolved.error());
        path = resolved->absolutePath;
    }

    std::shared_ptr<NbdExportImage> image(new NbdExportImage);
    image->m_config = config;
    image->m_path = path;
    image->m_file.setFileName(path);
    const QIODevice::OpenMode openMode =
        (config.mode == Mode::ReadWrite ? QIODevice::ReadWrite : QIODevice::ReadOnly) | QIODevice::Unbuffered;
    if (!image->m_file.open(openMode)) {
        const QString native = QDir::toNativeSeparators(path);
        return Result::failure(config.mode == Mode::ReadWrite
                                   ? tr("cannot open \"%1\" for reading and writing: %2").arg(native, image->m_file.errorString())
                                   : tr("cannot open \"%1\": %2").arg(native, image->m_file.errorString()));
    }
    image->m_size = quint64(image->m_file.size());
    return image;
}

std::shared_ptr<NbdExportImage> NbdExportImage::fromBytes(const Profile::NbdExport &config, QByteArray bytes)
{
    std::shared_ptr<NbdExportImage> image(new NbdExportImage);
    image->m_config = config;
    image->m_memoryOnly = true;
    image->m_size = quint64(bytes.size());
    image->m_ram.reset(new char[std::max<qsizetype>(bytes.size(), 1)]);
    std::memcpy(image->m_ram.get(), bytes.constData(), size_t(bytes.size()));
    image->m_ramLoaded = bytes.size();
    return image;
}

QString NbdExportImage::displayName() const
{
    if (!m_config.name.isEmpty())
        return m_config.name;
    return QFileInfo(m_config.file).fileName();
}

quint16 NbdExportImage::transmissionFlags() const
{
    if (m_config.mode == Mode::ReadOnly)
        return Nbd::FlagHasFlags | Nbd::FlagReadOnly | Nbd::FlagCanMultiConn;
    return Nbd::FlagHasFlags | Nbd::FlagSendFlush | Nbd::FlagSendFua | Nbd::FlagSendTrim | Nbd::FlagSendWriteZeroes;
}

bool NbdExportImage::beginCopyToRam(QString *why)
{
    if (m_ram)
        return true;
    if (m_size <= quint64(std::numeric_limits<qsizetype>::max() / 2))
        m_ram.reset(new (std::nothrow) char[std::max<quint64>(m_size, 1)]);
    if (!m_ram) {
        if (why)
            *why = tr("not enough memory to copy the image (%1 bytes) into RAM").arg(m_size);
        return false;
    }
    m_ramLoaded = 0;
    return true;
}

bool NbdExportImage::copyToRamStep(qint64 stepBytes, QString *why)
{
    if (!m_ram || m_ramLoaded >= qint64(m_size))
        return true;
    const qint64 n = std::min<qint64>(stepBytes, qint64(m_size) - m_ramLoaded);
    if (!m_file.seek(m_ramLoaded) || m_file.read(m_ram.get() + m_ramLoaded, n) != n) {
        if (why)
            *why = tr("cannot copy \"%1\" into memory: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        m_ram.reset();
        m_ramLoaded = 0;
        return true;
    }
    m_ramLoaded += n;
    return m_ramLoaded == qint64(m_size);
}

quint32 NbdExportImage::fileError(FileOperation operation, QString *why) const
{
    if (why) {
        const QString path = QDir::toNativeSeparators(m_path);
        switch (operation) {
        case FileOperation::Read: *why = tr("reading \"%1\" failed: %2").arg(path, m_file.errorString()); break;
        case FileOperation::Write: *why = tr("writing \"%1\" failed: %2").arg(path, m_file.errorString()); break;
        case FileOperation::Flush: *why = tr("flushing \"%1\" failed: %2").arg(path, m_file.errorString()); break;
        }
    }
    return m_file.error() == QFileDevice::ResourceError ? Nbd::ENoSpc : Nbd::EIo;
}

quint32 NbdExportImage::read(quint64 offset, char *into, qint64 length, QString *why)
{
    if (length <= 0)
        return Nbd::NoError;
    if (m_ram && qint64(offset) + length <= m_ramLoaded) {
        std::memcpy(into, m_ram.get() + offset, size_t(length));
        return Nbd::NoError;
    }
    if (m_memoryOnly)
        return Nbd::EIo; // beyond a memory image: the caller's bounds check failed
    if (!m_file.seek(qint64(offset)))
        return fileError(FileOperation::Read, why);
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_file.read(into + done, length - done);
        if (n < 0)
            return fileError(FileOperation::Read, why);
        if (n == 0) {
            if (why)
                *why = tr("\"%1\" ended early: the file shrank while it was exported").arg(QDir::toNativeSeparators(m_path));
            return Nbd::EIo;
        }
        done += n;
    }
    return Nbd::NoError;
}

quint32 NbdExportImage::write(quint64 offset, const char *from, qint64 length, QString *why)
{
    if (!isReadWrite())
        return Nbd::EPerm;
    if (length <= 0)
        return Nbd::NoError;
    if (!m_memoryOnly) {
        if (!m_file.seek(qint64(offset)))
            return fileError(FileOperation::Write, why);
        qint64 done = 0;
        while (done < length) {
            const qint64 n = m_file.write(from + done, length - done);
            if (n <= 0)
                return fileError(FileOperation::Write, why);
            done += n;
        }
    }
    if (m_ram && qint64(offset) < m_ramLoaded)
        std::memcpy(m_ram.get() + offset, from, size_t(std::min<qint64>(length, m_ramLoaded - qint64(offset))));
    return Nbd::NoError;
}

quint32 NbdExportImage::writeFileZeroes(quint64 offset, quint64 length, QString *why)
{
    static const QByteArray zeroes(ZeroChunkBytes, '\0');
    if (!m_file.seek(qint64(offset)))
        return fileError(FileOperation::Write, why);
    quint64 done = 0;
    while (done < length) {
        const qint64 n = qint64(std::min<quint64>(quint64(ZeroChunkBytes), length - done));
        if (m_file.write(zeroes.constData(), n) != n)
            return fileError(FileOperation::Write, why);
        done += quint64(n);
    }
    return Nbd::NoError;
}

quint32 NbdExportImage::writeZeroes(quint64 offset, quint64 length, bool mayPunch, QString *why)
{
    if (!isReadWrite())
        return Nbd::EPerm;
    if (length == 0)
        return Nbd::NoError;
    if (m_ram && qint64(offset) < m_ramLoaded)
        std::memset(m_ram.get() + offset, 0, size_t(std::min<qint64>(qint64(length), m_ramLoaded - qint64(offset))));
    if (m_memoryOnly)
        return Nbd::NoError;
    bool done = false;
#if defined(Q_OS_LINUX)
    const int fd = m_file.handle();
    if (fd >= 0) {
        if (mayPunch)
            done = ::fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(offset), off_t(length)) == 0;
        if (!done)
            done = ::fallocate(fd, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, off_t(offset), off_t(length)) == 0;
    }
#else
    Q_UNUSED(mayPunch)
#endif
    return done ? Nbd::NoError : writeFileZeroes(offset, length, why);
}

quint32 NbdExportImage::trim(quint64 offset, quint64 length, QString *why)
{
    Q_UNUSED(why)
    if (!isReadWrite())
        return Nbd::EPerm;
    if (length == 0 || m_memoryOnly)
        return Nbd::NoError;
#if defined(Q_OS_LINUX)
    // Only where a hole can be punched; a RAM copy is zeroed the same way so both agree.
    const int fd = m_file.handle();
    if (fd >= 0 && ::fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(offset), off_t(length)) == 0) {
        if (m_ram && qint64(offset) < m_ramLoaded)
            std::memset(m_ram.get() + offset, 0, size_t(std::min<qint64>(qint64(length), m_ramLoaded - qint64(offset))));
    }
#else
    Q_UNUSED(offset)
#endif
    return Nbd::NoError;
}

quint32 NbdExportImage::flush(QString *why)
{
    if (!isReadWrite() || m_memoryOnly)
        return Nbd::NoError;
    if (!m_file.flush())
        return fileError(FileOperation::Flush, why);
    const int fd = m_file.handle();
    int result = 0;
#if defined(Q_OS_LINUX)
    result = ::fdatasync(fd);
#elif defined(Q_OS_UNIX)
    result = ::fsync(fd);
#elif defined(Q_OS_WIN)
    result = ::_commit(fd);
#endif
    if (result != 0) {
        if (why)
            *why = tr("flushing \"%1\" failed: %2").arg(QDir::toNativeSeparators(m_path), qt_error_string(errno));
        return Nbd::EIo;
    }
    return Nbd::NoError;
}

bool NbdExportImage::claimWriter(const void *owner, const QString &peer)
{
    if (m_writer && m_writer != owner)
        return false;
    m_writer = owner;
    m_writerPeer = peer;
    return true;
}

void NbdExportImage::releaseWriter(const void *owner)
{
    if (m_writer == owner) {
        m_writer = nullptr;
        m_writerPeer.clear();
    }
}

} // namespace Bootcast
