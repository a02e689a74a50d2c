#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

class QTemporaryFile;

namespace Bootcast {

class NbdExportImage;

// One client's copy-on-write layer over a shared image: what the client wrote, trimmed or zeroed
// lives here; everything else comes from the image, which never changes.
//
// Granularity is BlockSize (4 KiB, the preferred block size the server announces, so aligned writes
// need no read-modify-write). The map is two-level: one entry per 1 MiB group of the export, and only
// groups that were written hold a 256-entry block table (1 KiB). A block is "base" (read from the
// image), "zero" (trimmed / write-zeroes: reads back as zeros, holds no storage) or a slot in the
// overlay's store. A trim or write-zeroes that covers whole groups marks them zero without a table,
// so a client that discards a whole 100 GiB disk (mkfs does) costs a few kilobytes.
//
// Unaligned writes merge with the block's current contents (overlay or image); reads merge overlay,
// zero and image runs, and coalesce neighbouring runs into one read each. Freed slots are reused.
//
// The store is memory (1 MiB chunks) or a temporary file in the system temp folder
// (QDir::tempPath(), "bootcast-nbd-XXXXXX.overlay"), created at the first stored block and removed
// when the overlay is destroyed (the client left or the server stopped). Never the working folder.
// Its size is bounded by the export's size.
class NbdExportOverlay
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::NbdExportOverlay)

public:
    enum class Storage : quint8 { Memory, TemporaryFile };

    static constexpr quint32 BlockSize = 4096;
    static constexpr quint32 BlocksPerGroup = 256;

    NbdExportOverlay(std::shared_ptr<NbdExportImage> base, Storage storage);
    ~NbdExportOverlay();
    NbdExportOverlay(const NbdExportOverlay &) = delete;
    NbdExportOverlay &operator=(const NbdExportOverlay &) = delete;

    quint64 size() const;
    Storage storage() const { return m_storage; }

    // NBD error values; offset + length must lie inside the export.
    quint32 read(quint64 offset, char *into, qint64 length, QString *why = nullptr);
    quint32 write(quint64 offset, const char *from, qint64 length, QString *why = nullptr);
    // TRIM and WRITE_ZEROES: the range reads back as zeros.
    quint32 zero(quint64 offset, quint64 length, QString *why = nullptr);

    // Blocks that hold data of their own (neither base nor zero), and the slots the store has grown to.
    qint64 storedBlocks() const { return qint64(m_slotCount) - qint64(m_freeSlots.size()); }
    qint64 storeSlots() const { return m_slotCount; }
    // The temporary file, once there is one.
    QString temporaryFilePath() const;
    // The name pattern of overlay files (for tests and the documentation).
    static QString temporaryFileTemplate();

private:
    static constexpr quint32 BaseSlot = 0xffffffffu;
    static constexpr quint32 ZeroSlot = 0xfffffffeu;
    static constexpr quint32 MaxSlots = 0xfffffff0u;
    static constexpr qint64 ChunkBytes = qint64(BlockSize) * BlocksPerGroup;

    struct Group
    {
        std::unique_ptr<quint32[]> table; // null: the whole group reads as zeros
    };

    quint32 stateOf(quint64 block) const;
    void setState(quint64 block, quint32 state);
    quint32 allocateSlot();
    void freeSlot(quint32 slot);
    quint64 blockBytes(quint64 block) const; // valid bytes of a block (the last one may be short)
    quint32 storeRead(quint64 at, char *into, qint64 length, QString *why);
    quint32 storeWrite(quint64 at, const char *from, qint64 length, QString *why);
    // Builds a block from its current contents with [inBlock, inBlock + n) replaced by from (or zeros
    // when from is null) and stores it in a new slot.
    quint32 materialize(quint64 block, quint32 state, quint64 inBlock, const char *from, quint64 n, QString *why);

    std::shared_ptr<NbdExportImage> m_base;
    Storage m_storage;
    std::unordered_map<quint64, Group> m_groups;
    quint32 m_slotCount = 0;
    std::vector<quint32> m_freeSlots;
    std::vector<std::unique_ptr<char[]>> m_chunks; // Memory
    std::unique_ptr<QTemporaryFile> m_file;        // TemporaryFile
};

} // namespace Bootcast
