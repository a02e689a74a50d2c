#include "LeaseStore.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Bootcast {

namespace {

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#elif defined(Q_OS_LINUX)
    return ::fdatasync(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

constexpr qint64 ReleasedKeepSeconds = 7 * 24 * 3600; // remember who had an address for a week

} // namespace

QString leaseStateTag(Lease::State state)
{
    switch (state) {
    case Lease::State::Offered: return QStringLiteral("offered");
    case Lease::State::Bound: return QStringLiteral("bound");
    case Lease::State::Released: return QStringLiteral("released");
    case Lease::State::Declined: return QStringLiteral("declined");
    }
    return QString();
}

LeaseStore::LeaseStore(QObject *parent) : QObject(parent)
{
    m_groupCommit.setParent(this);
    m_groupCommit.setSingleShot(true);
    m_groupCommit.setInterval(GroupCommitMsecs);
    connect(&m_groupCommit, &QTimer::timeout, this, &LeaseStore::flushPending);
}

LeaseStore::~LeaseStore()
{
    close();
}

Expected<bool> LeaseStore::open(const QString &path)
{
    close();
    m_byMac.clear();
    m_byAddress.clear();
    m_declined.clear();
    m_path = path;
    m_journalLines = 0;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Expected<bool>::failure(tr("cannot create the folder for the leases file %1").arg(path));

    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Expected<bool>::failure(tr("cannot read the leases file %1: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        file.close();
        if (!loadPypxeFormat(bytes)) {
            int torn = 0;
            for (const QByteArray &line : bytes.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                if (const auto lease = fromJournalLine(line)) {
                    apply(*lease);
                    ++m_journalLines;
                } else {
                    ++torn;
                }
            }
            if (torn > 0)
                qCWarning(lcDhcp) << "leases file" << path << "had" << torn << "unreadable line(s); skipped";
        }
    }
    // Start from a compact file: also converts a PyPXE file and drops a torn tail.
    compact();
    if (!m_journal.isOpen())
        return Expected<bool>::failure(tr("cannot write the leases file %1: %2").arg(path, m_journal.errorString()));
    return true;
}

void LeaseStore::close()
{
    if (m_path.isEmpty())
        return;
    flushPending();
    compact();
    m_journal.close();
}

bool LeaseStore::loadPypxeFormat(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().contains(u"mac"_s))
        return false;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto mac = MacAddress::fromString(it.key());
        const QJsonObject entry = it.value().toObject();
        const QHostAddress address(entry.value(u"ip"_s).toString());
        if (!mac || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        Lease lease;
        lease.mac = *mac;
        lease.address = address;
        lease.expiresAt = qint64(entry.value(u"expire"_s).toDouble());
        lease.state = Lease::State::Bound;
        apply(lease);
    }
    qCInfo(lcDhcp) << "read" << m_byMac.size() << "lease(s) from the PyPXE leases file" << m_path;
    return true;
}

const Lease *LeaseStore::byMac(const MacAddress &mac) const
{
    const auto it = m_byMac.constFind(mac);
    return it == m_byMac.cend() ? nullptr : &*it;
}

const Lease *LeaseStore::byAddress(const QHostAddress &address) const
{
    const auto it = m_byAddress.constFind(address.toIPv4Address());
    return it == m_byAddress.cend() ? nullptr : byMac(*it);
}

bool LeaseStore::isQuarantined(const QHostAddress &address, qint64 now) const
{
    const auto it = m_declined.constFind(address.toIPv4Address());
    return it != m_declined.cend() && it->expiresAt > now;
}

LeaseList LeaseStore::leases() const
{
    LeaseList list;
    for (const Lease &lease : m_byMac) {
        if (lease.state != Lease::State::Offered)
            list.append(lease);
    }
    for (const Lease &lease : m_declined)
        list.append(lease);
    std::sort(list.begin(), list.end(), [](const Lease &a, const Lease &b) {
        return a.address.toIPv4Address() < b.address.toIPv4Address();
    });
    return list;
}

void LeaseStore::apply(const Lease &lease)
{
    const quint32 address = lease.address.toIPv4Address();
    if (lease.state == Lease::State::Declined) {
        // The declining client loses the address; the address sits in quarantine.
        const auto holder = m_byAddress.constFind(address);
        if (holder != m_byAddress.cend()) {
            m_byMac.remove(*holder);
            m_byAddress.erase(holder);
        }
        m_declined.insert(address, lease);
        return;
    }
    if (const auto old = m_byMac.constFind(lease.mac); old != m_byMac.cend()) {
        if (old->address.toIPv4Address() != address)
            m_byAddress.remove(old->address.toIPv4Address());
    }
    // Another machine's stale record of this address (expired or released) gives way.
    if (const auto holder = m_byAddress.constFind(address); holder != m_byAddress.cend() && *holder != lease.mac)
        m_byMac.remove(*holder);
    m_byMac.insert(lease.mac, lease);
    m_byAddress.insert(address, lease.mac);
    m_declined.remove(address);
}

void LeaseStore::offer(const Lease &lease)
{
    Lease offered = lease;
    offered.state = Lease::State::Offered;
    // An offer must not wipe a durable record of this MAC: keep the bound lease if it is the same address.
    if (const Lease *existing = byMac(lease.mac); existing && existing->state == Lease::State::Bound
        && existing->address == lease.address)
        return;
    apply(offered);
}

void LeaseStore::dropOffer(const MacAddress &mac)
{
    const auto it = m_byMac.constFind(mac);
    if (it != m_byMac.cend() && it->state == Lease::State::Offered) {
        m_byAddress.remove(it->address.toIPv4Address());
        m_byMac.erase(it);
    }
}

void LeaseStore::commit(const Lease &lease, std::function<void(bool)> onDurable)
{
    apply(lease);
    m_pending.append(Pending{lease, std::move(onDurable)});
    if (!m_groupCommit.isActive())
        m_groupCommit.start();
}

void LeaseStore::flushPending()
{
    m_groupCommit.stop();
    if (m_pending.isEmpty())
        return;
    QList<Pending> batch;
    batch.swap(m_pending);

    bool ok = m_journal.isOpen() || openJournalForAppend();
    if (ok) {
        QByteArray bytes;
        for (const Pending &p : std::as_const(batch))
            bytes += toJournalLine(p.lease);
        ok = m_journal.write(bytes) == bytes.size() && syncToDisk(m_journal);
        ++m_fsyncCount;
        m_journalLines += batch.size();
    }
    if (!ok) {
        const QString reason = tr("cannot write the leases file %1: %2").arg(m_path, m_journal.errorString());
        qCWarning(lcDhcp) << reason;
        emit writeFailed(reason);
    }
    for (const Pending &p : std::as_const(batch)) {
        if (p.onDurable)
            p.onDurable(ok);
    }
    emit leasesChanged();

    const qint64 live = m_byMac.size() + m_declined.size();
    if (m_journalLines > 2 * live + 1000)
        compact();
}

bool LeaseStore::openJournalForAppend()
{
    m_journal.setFileName(m_path);
    return m_journal.open(QIODevice::WriteOnly | QIODevice::Append);
}

void LeaseStore::compact()
{
    if (m_path.isEmpty())
        return;
    if (!m_pending.isEmpty())
        flushPending();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDhcp) << "cannot compact" << m_path << file.errorString();
        if (!m_journal.isOpen())
            openJournalForAppend();
        return;
    }
    qint64 lines = 0;
    for (const Lease &lease : std::as_const(m_byMac)) {
        if (lease.state == Lease::State::Offered)
            continue;
        if (lease.state == Lease::State::Released && lease.expiresAt + ReleasedKeepSeconds < now)
            continue;
        file.write(toJournalLine(lease));
        ++lines;
    }
    for (const Lease &lease : std::as_const(m_declined)) {
        if (lease.expiresAt > now) {
            file.write(toJournalLine(lease));
            ++lines;
        }
    }
    m_journal.close();
    if (file.commit())
        m_journalLines = lines;
    else
        qCWarning(lcDhcp) << "cannot compact" << m_path << file.errorString();
    openJournalForAppend();
}

bool LeaseStore::expire(qint64 now)
{
    bool changed = false;
    for (auto it = m_byMac.begin(); it != m_byMac.end();) {
        if (it->state == Lease::State::Offered && it->expiresAt <= now) {
            m_byAddress.remove(it->address.toIPv4Address());
            it = m_byMac.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (auto it = m_declined.begin(); it != m_declined.end();) {
        if (it->expiresAt <= now) {
            it = m_declined.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    return changed;
}

QByteArray LeaseStore::toJournalLine(const Lease &lease)
{
    QJsonObject o{
        {u"mac"_s, lease.mac.toString()},
        {u"ip"_s, lease.address.toString()},
        {u"state"_s, leaseStateTag(lease.state)},
        {u"expires"_s, lease.expiresAt},
    };
    if (!lease.hostname.isEmpty())
        o.insert(u"host"_s, lease.hostname);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Lease> LeaseStore::fromJournalLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto mac = MacAddress::fromString(o.value(u"mac"_s).toString());
    const QHostAddress address(o.value(u"ip"_s).toString());
    if (!mac || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    Lease lease;
    lease.mac = *mac;
    lease.address = address;
    lease.expiresAt = qint64(o.value(u"expires"_s).toDouble());
    lease.hostname = o.value(u"host"_s).toString();
    const QString state = o.value(u"state"_s).toString();
    if (state == u"bound")
        lease.state = Lease::State::Bound;
    else if (state == u"released")
        lease.state = Lease::State::Released;
    else if (state == u"declined")
        lease.state = Lease::State::Declined;
    else
        return std::nullopt;
    return lease;
}

} // namespace Bootcast
