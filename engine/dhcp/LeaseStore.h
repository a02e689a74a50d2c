#pragma once

#include "Lease.h"
#include "core/Expected.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Bootcast {

// Remembers who has which address, durably and fast.
//
// Durability: commit() appends one JSON line per change to a journal; a group-commit timer writes
// everything pending with one fsync for all of it, then runs the callbacks (which send the ACKs).
// So an ACK never leaves before its lease is on disk, yet many ACKs share one fsync.
// The journal is compacted (rewritten atomically with QSaveFile) when it grows well past the live
// lease count, and at close. A PyPXE leases file ({"MAC": {"ip", "expire", "ipxe"}}) is read too.
class LeaseStore : public QObject
{
    Q_OBJECT

public:
    explicit LeaseStore(QObject *parent = nullptr);
    ~LeaseStore() override;

    // Loads (or creates) the journal at path. Replays it; a torn last line is ignored.
    Expected<bool> open(const QString &path);
    // Flushes what is pending, compacts, closes.
    void close();
    QString path() const { return m_path; }

    // Lookups over durable and tentative state.
    const Lease *byMac(const MacAddress &mac) const;
    const Lease *byAddress(const QHostAddress &address) const;
    // An address a client declined (found in use) stays out of the pool until then.
    bool isQuarantined(const QHostAddress &address, qint64 now) const;
    LeaseList leases() const; // bound, released and declined records (not offers)

    // Tentative offer (memory only). Replaces any earlier offer of this MAC.
    void offer(const Lease &lease);
    void dropOffer(const MacAddress &mac);

    // Durable change. onDurable(ok) runs after the fsync that covers it (ok false: disk error).
    void commit(const Lease &lease, std::function<void(bool ok)> onDurable = {});

    // Removes expired offers and turns expired bound leases into free addresses. Returns true when
    // anything changed.
    bool expire(qint64 now);

    qint64 journalLines() const { return m_journalLines; }
    int fsyncCount() const { return m_fsyncCount; }
    void compact();

    static constexpr int GroupCommitMsecs = 2;

signals:
    void leasesChanged();
    void writeFailed(const QString &reason);

private:
    void apply(const Lease &lease);
    void flushPending();
    bool openJournalForAppend();
    static QByteArray toJournalLine(const Lease &lease);
    static std::optional<Lease> fromJournalLine(const QByteArray &line);
    bool loadPypxeFormat(const QByteArray &bytes);

    QString m_path;
    QFile m_journal;
    QHash<MacAddress, Lease> m_byMac;       // one record per machine (bound, released, offered)
    QHash<quint32, MacAddress> m_byAddress; // address -> holder
    QHash<quint32, Lease> m_declined;       // address -> quarantine record
    struct Pending
    {
        Lease lease;
        std::function<void(bool)> onDurable;
    };
    QList<Pending> m_pending;
    QTimer m_groupCommit;
    qint64 m_journalLines = 0;
    int m_fsyncCount = 0;
};

} // namespace Bootcast
