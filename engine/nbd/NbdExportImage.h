#pragma once

#include "core/Expected.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace Bootcast {

// One export's image as every client shares it: the file (or its copy in RAM), its size, and who
// writes to it. Pure file logic: no sockets, no event loop; each call does its I/O and returns.
//
// Files: a relative name is looked up inside the netboot folder through FileResolver (so "..",
// symbolic links out of the folder and the like are refused, and case-insensitive fallback
// applies); an absolute path is the profile author's explicit choice and is opened as it is. Either
// way it must be a regular file (a disk image or an ISO). The size is the file's size when opened:
// a replaced image is seen after the server restarts.
//
// Read-only and copy-on-write exports open the file read-only: nothing ever changes it. Read-write
// exports write through to the file; one client at a time holds such an export (claimWriter()).
//
// Copy to RAM happens in steps (copyToRamStep()) so the caller can spread it over the event loop;
// until the copy is complete, reads past what is copied come from the file. Writes of a read-write
// export go to the file and to the part already in RAM, so both stay the same.
//
// Errors are NBD error values (Nbd::EIo, ...); why, when given, gets a translated explanation.
class NbdExportImage
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::NbdExportImage)

public:
    using Mode = Profile::NbdExport::Mode;

    static Expected<std::shared_ptr<NbdExportImage>> open(const Profile::NbdExport &config, const QString &netbootDir);
    // An image that lives only in memory (tests, fuzzing): writes of a read-write one change bytes.
    static std::shared_ptr<NbdExportImage> fromBytes(const Profile::NbdExport &config, QByteArray bytes);

    ~NbdExportImage();
    NbdExportImage(const NbdExportImage &) = delete;
    NbdExportImage &operator=(const NbdExportImage &) = delete;

    const Profile::NbdExport &config() const { return m_config; }
    QString name() const { return m_config.name; }
    // What events call the export: its name, or its file name for the default export "".
    QString displayName() const;
    Mode mode() const { return m_config.mode; }
    bool isReadWrite() const { return m_config.mode == Mode::ReadWrite; }
    quint64 size() const { return m_size; }
    QString filePath() const { return m_path; }
    // What the handshake announces: read-only exports READ_ONLY and CAN_MULTI_CONN (nothing changes,
    // so every connection sees the same); the others FLUSH, FUA, TRIM and WRITE_ZEROES, and not
    // CAN_MULTI_CONN (copy-on-write: each connection has its own overlay; read-write: one client).
    quint16 transmissionFlags() const;

    // Copy to RAM. begin allocates the memory (false, with why, when it cannot: the image is then
    // served from the file); each step copies up to stepBytes and returns true once the image is
    // entirely in RAM (or the copy failed, with why set, and the file serves the rest).
    bool beginCopyToRam(QString *why);
    bool copyToRamStep(qint64 stepBytes, QString *why);
    bool isInRam() const { return m_ram && m_ramLoaded == qint64(m_size); }
    bool isCopyingToRam() const { return m_ram && m_ramLoaded < qint64(m_size); }
    qint64 ramLoaded() const { return m_ram ? m_ramLoaded : 0; }

    // offset + length must lie inside the image (NbdRequest::check() made sure).
    quint32 read(quint64 offset, char *into, qint64 length, QString *why = nullptr);
    quint32 write(quint64 offset, const char *from, qint64 length, QString *why = nullptr);
    // Zeroes a range; mayPunch allows deallocating it (no NBD_CMD_FLAG_NO_HOLE).
    quint32 writeZeroes(quint64 offset, quint64 length, bool mayPunch, QString *why = nullptr);
    // Advisory: deallocates the range where the platform can (Linux: a hole); contents afterwards
    // read as zeros or as before.
    quint32 trim(quint64 offset, quint64 length, QString *why = nullptr);
    // Writes to stable storage (read-write exports; a no-op otherwise).
    quint32 flush(QString *why = nullptr);

    // Read-write exports: one client at a time. owner is the connection; peer names it in messages.
    bool claimWriter(const void *owner, const QString &peer);
    void releaseWriter(const void *owner);
    const void *writer() const { return m_writer; }
    QString writerPeer() const { return m_writerPeer; }

private:
    NbdExportImage() = default;
    enum class FileOperation : quint8 { Read, Write, Flush };
    quint32 fileError(FileOperation operation, QString *why) const;
    quint32 writeFileZeroes(quint64 offset, quint64 length, QString *why);

    Profile::NbdExport m_config;
    QString m_path;
    QFile m_file;
    bool m_memoryOnly = false;
    quint64 m_size = 0;
    std::unique_ptr<char[]> m_ram;
    qint64 m_ramLoaded = 0;
    const void *m_writer = nullptr;
    QString m_writerPeer;
};

} // namespace Bootcast
