#include "NbdExportOverlay.h"

#include "NbdExportImage.h"
#include "NbdProtocol.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>
#include <new>

namespace Bootcast {

namespace {

const char *zeroBlock()
{
    static const char zeroes[NbdExportOverlay::BlockSize] = {};
    return zeroes;
}

} // namespace

NbdExportOverlay::NbdExportOverlay(std::shared_ptr<NbdExportImage> base, Storage storage)
    : m_base(std::move(base)), m_storage(storage)
{
}

NbdExportOverlay::~NbdExportOverlay() = default; // the temporary file removes itself

quint64 NbdExportOverlay::size() const
{
    return m_base->size();
}

QString NbdExportOverlay::temporaryFileTemplate()
{
    return QDir::tempPath() + QStringLiteral("/bootcast-nbd-XXXXXX.overlay");
}

QString NbdExportOverlay::temporaryFilePath() const
{
    return m_file ? m_file->fileName() : QString();
}

quint64 NbdExportOverlay::blockBytes(quint64 block) const
{
    const quint64 start = block * BlockSize;
    return std::min<quint64>(BlockSize, size() - start);
}

quint32 NbdExportOverlay::stateOf(quint64 block) const
{
    const auto it = m_groups.find(block / BlocksPerGroup);
    if (it == m_groups.end())
        return BaseSlot;
    if (!it->second.table)
        return ZeroSlot;
    return it->second.table[block % BlocksPerGroup];
}

void NbdExportOverlay::setState(quint64 block, quint32 state)
{
    auto [it, inserted] = m_groups.try_emplace(block / BlocksPerGroup);
    Group &group = it->second;
    if (!group.table) {
        group.table.reset(new quint32[BlocksPerGroup]);
        std::fill_n(group.table.get(), BlocksPerGroup, inserted ? BaseSlot : ZeroSlot);
    }
    group.table[block % BlocksPerGroup] = state;
}

quint32 NbdExportOverlay::allocateSlot()
{
    if (!m_freeSlots.empty()) {
        const quint32 slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    if (m_slotCount >= MaxSlots)
        return BaseSlot;
    return m_slotCount++;
}

void NbdExportOverlay::freeSlot(quint32 slot)
{
    m_freeSlots.push_back(slot);
}

quint32 NbdExportOverlay::storeRead(quint64 at, char *into, qint64 length, QString *why)
{
    if (m_storage == Storage::Memory) {
        while (length > 0) {
            const quint64 chunk = at / quint64(ChunkBytes);
            const qint64 inChunk = qint64(at % quint64(ChunkBytes));
            const qint64 n = std::min(length, ChunkBytes - inChunk);
            if (chunk < m_chunks.size() && m_chunks[chunk])
                std::memcpy(into, m_chunks[chunk].get() + inChunk, size_t(n));
            else
                std::memset(into, 0, size_t(n));
            into += n;
            at += quint64(n);
            length -= n;
        }
        return Nbd::NoError;
    }
    if (!m_file) {
        std::memset(into, 0, size_t(length));
        return Nbd::NoError;
    }
    if (!m_file->seek(qint64(at))) {
        if (why)
            *why = tr("reading the overlay file \"%1\" failed: %2").arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return Nbd::EIo;
    }
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_file->read(into + done, length - done);
        if (n < 0) {
            if (why)
                *why = tr("reading the overlay file \"%1\" failed: %2").arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
            return Nbd::EIo;
        }
        if (n == 0) { // past its end: never written
            std::memset(into + done, 0, size_t(length - done));
            break;
        }
        done += n;
    }
    return Nbd::NoError;
}

quint32 NbdExportOverlay::storeWrite(quint64 at, const char *from, qint64 length, QString *why)
{
    if (m_storage == Storage::Memory) {
        while (length > 0) {
            const quint64 chunk = at / quint64(ChunkBytes);
            const qint64 inChunk = qint64(at % quint64(ChunkBytes));
            const qint64 n = std::min(length, ChunkBytes - inChunk);
            if (chunk >= m_chunks.size())
                m_chunks.resize(chunk + 1);
            if (!m_chunks[chunk]) {
                m_chunks[chunk].reset(new (std::nothrow) char[ChunkBytes]);
                if (!m_chunks[chunk]) {
                    if (why)
                        *why = tr("not enough memory for the copy-on-write overlay");
                    return Nbd::ENoMem;
                }
            }
            std::memcpy(m_chunks[chunk].get() + inChunk, from, size_t(n));
            from += n;
            at += quint64(n);
            length -= n;
        }
        return Nbd::NoError;
    }
    if (!m_file) {
        auto file = std::make_unique<QTemporaryFile>(temporaryFileTemplate());
        if (!file->open()) {
            if (why)
                *why = tr("cannot create the overlay file in \"%1\": %2").arg(QDir::toNativeSeparators(QDir::tempPath()), file->errorString());
            return Nbd::EIo;
        }
        m_file = std::move(file);
    }
    if (!m_file->seek(qint64(at))) {
        if (why)
            *why = tr("writing the overlay file \"%1\" failed: %2").arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return Nbd::EIo;
    }
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_file->write(from + done, length - done);
        if (n <= 0) {
            if (why)
                *why = tr("writing the overlay file \"%1\" failed: %2").arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
            return m_file->error() == QFileDevice::ResourceError ? Nbd::ENoSpc : Nbd::EIo;
        }
        done += n;
    }
    return Nbd::NoError;
}

quint32 NbdExportOverlay::materialize(quint64 block, quint32 state, quint64 inBlock, const char *from, quint64 n,
                                      QString *why)
{
    char buffer[BlockSize];
    const quint64 valid = blockBytes(block);
    if (state == BaseSlot) {
        if (const quint32 error = m_base->read(block * BlockSize, buffer, qint64(valid), why))
            return error;
        std::memset(buffer + valid, 0, BlockSize - valid);
    } else {
        std::memset(buffer, 0, BlockSize);
    }
    if (from)
        std::memcpy(buffer + inBlock, from, n);
    else
        std::memset(buffer + inBlock, 0, n);
    const quint32 slot = allocateSlot();
    if (slot == BaseSlot) {
        if (why)
            *why = tr("the copy-on-write overlay is full");
        return Nbd::ENoSpc;
    }
    if (const quint32 error = storeWrite(quint64(slot) * BlockSize, buffer, BlockSize, why)) {
        freeSlot(slot);
        return error;
    }
    setState(block, slot);
    return Nbd::NoError;
}

quint32 NbdExportOverlay::read(quint64 offset, char *into, qint64 length, QString *why)
{
    if (length <= 0)
        return Nbd::NoError;
    if (m_groups.empty())
        return m_base->read(offset, into, length, why);

    enum class Kind : quint8 { Base, Zero, Store };
    struct Run
    {
        Kind kind = Kind::Base;
        quint64 from = 0;
        char *to = nullptr;
        qint64 length = 0;
    } run;
    const auto flush = [&]() -> quint32 {
        if (run.length == 0)
            return Nbd::NoError;
        switch (run.kind) {
        case Kind::Base: return m_base->read(run.from, run.to, run.length, why);
        case Kind::Zero: std::memset(run.to, 0, size_t(run.length)); return Nbd::NoError;
        case Kind::Store: return storeRead(run.from, run.to, run.length, why);
        }
        return Nbd::NoError;
    };

    quint64 pos = offset;
    const quint64 end = offset + quint64(length);
    char *to = into;
    while (pos < end) {
        const quint64 block = pos / BlockSize;
        const quint64 groupIndex = block / BlocksPerGroup;
        Kind kind = Kind::Base;
        quint64 from = pos;
        quint64 n = 0;
        const auto it = m_groups.find(groupIndex);
        if (it == m_groups.end() || !it->second.table) {
            kind = it == m_groups.end() ? Kind::Base : Kind::Zero;
            n = std::min<quint64>((groupIndex + 1) * quint64(ChunkBytes), end) - pos;
        } else {
            const quint64 inBlock = pos % BlockSize;
            n = std::min<quint64>(BlockSize - inBlock, end - pos);
            const quint32 slot = it->second.table[block % BlocksPerGroup];
            if (slot == ZeroSlot) {
                kind = Kind::Zero;
            } else if (slot != BaseSlot) {
                kind = Kind::Store;
                from = quint64(slot) * BlockSize + inBlock;
            }
        }
        const bool joins = run.length > 0 && run.kind == kind
            && (kind == Kind::Zero || run.from + quint64(run.length) == from);
        if (!joins) {
            if (const quint32 error = flush())
                return error;
            run = Run{kind, from, to, 0};
        }
        run.length += qint64(n);
        to += n;
        pos += n;
    }
    return flush();
}

quint32 NbdExportOverlay::write(quint64 offset, const char *from, qint64 length, QString *why)
{
    struct Pending
    {
        quint64 at = 0;
        const char *from = nullptr;
        qint64 length = 0;
    } pending;
    const auto flushPending = [&]() -> quint32 {
        if (pending.length == 0)
            return Nbd::NoError;
        const quint32 error = storeWrite(pending.at, pending.from, pending.length, why);
        pending.length = 0;
        return error;
    };

    quint64 pos = offset;
    const quint64 end = offset + quint64(std::max<qint64>(length, 0));
    const char *source = from;
    while (pos < end) {
        const quint64 block = pos / BlockSize;
        const quint64 inBlock = pos % BlockSize;
        const quint64 n = std::min<quint64>(BlockSize - inBlock, end - pos);
        const quint32 state = stateOf(block);
        quint64 at = 0;
        if (state != BaseSlot && state != ZeroSlot) {
            at = quint64(state) * BlockSize + inBlock; // patch the block in place
        } else if (inBlock == 0 && n == blockBytes(block)) {
            const quint32 slot = allocateSlot();
            if (slot == BaseSlot) {
                flushPending();
                if (why)
                    *why = tr("the copy-on-write overlay is full");
                return Nbd::ENoSpc;
            }
            setState(block, slot);
            at = quint64(slot) * BlockSize;
        } else {
            if (const quint32 error = materialize(block, state, inBlock, source, n, why))
                return error;
            pos += n;
            source += n;
            continue;
        }
        if (pending.length > 0 && pending.at + quint64(pending.length) == at) {
            pending.length += qint64(n);
        } else {
            if (const quint32 error = flushPending())
                return error;
            pending = Pending{at, source, qint64(n)};
        }
        pos += n;
        source += n;
    }
    return flushPending();
}

quint32 NbdExportOverlay::zero(quint64 offset, quint64 length, QString *why)
{
    quint64 pos = offset;
    const quint64 end = offset + length;
    while (pos < end) {
        const quint64 block = pos / BlockSize;
        const quint64 groupIndex = block / BlocksPerGroup;
        const quint64 groupStart = groupIndex * quint64(ChunkBytes);
        const quint64 groupEnd = std::min<quint64>(groupStart + quint64(ChunkBytes), size());
        if (pos == groupStart && end >= groupEnd) {
            // The whole group: free what it stored, keep no table.
            Group &group = m_groups[groupIndex];
            if (group.table) {
                for (quint32 i = 0; i < BlocksPerGroup; ++i) {
                    const quint32 slot = group.table[i];
                    if (slot != BaseSlot && slot != ZeroSlot)
                        freeSlot(slot);
                }
                group.table.reset();
            }
            pos = groupEnd;
            continue;
        }
        const quint64 inBlock = pos % BlockSize;
        const quint64 n = std::min<quint64>(BlockSize - inBlock, end - pos);
        const quint32 state = stateOf(block);
        const bool stored = state != BaseSlot && state != ZeroSlot;
        if (inBlock == 0 && n == blockBytes(block)) {
            if (stored)
                freeSlot(state);
            if (state != ZeroSlot)
                setState(block, ZeroSlot);
        } else if (stored) {
            if (const quint32 error = storeWrite(quint64(state) * BlockSize + inBlock, zeroBlock(), qint64(n), why))
                return error;
        } else if (state == BaseSlot) {
            if (const quint32 error = materialize(block, state, inBlock, nullptr, n, why))
                return error;
        }
        pos += n;
    }
    return Nbd::NoError;
}

} // namespace Bootcast
