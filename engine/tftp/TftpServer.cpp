#include "TftpServer.h"

#include "TftpOptions.h"
#include "TftpPacket.h"
#include "TftpTransfer.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"
#include "core/SocketErrors.h"
#include "files/FileResolver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>

namespace Bootcast {

namespace {

// A client's transfer ID: its address and port.
struct PeerKey
{
    QHostAddress address;
    quint16 port = 0;

    friend bool operator==(const PeerKey &, const PeerKey &) = default;
    friend size_t qHash(const PeerKey &key, size_t seed = 0) { return qHashMulti(seed, key.address, key.port); }
};

// IPv4-mapped IPv6 addresses (a socket bound to "::") are treated as the IPv4 addresses they are.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// TFTP names are meant to be ASCII; UTF-8 is what modern clients send, Latin-1 what old ones might.
QString decodeName(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = utf8.decode(bytes);
    if (utf8.hasError())
        name = QString::fromLatin1(bytes);
    return name;
}

TftpErrorCode errorCodeFor(FileResolver::Failure failure)
{
    switch (failure) {
    case FileResolver::Failure::NotFound: return TftpErrorCode::FileNotFound;
    case FileResolver::Failure::AlreadyExists: return TftpErrorCode::FileExists;
    case FileResolver::Failure::None:
    case FileResolver::Failure::Forbidden:
    case FileResolver::Failure::NotAFile:
    case FileResolver::Failure::NotReadable: break;
    }
    return TftpErrorCode::AccessViolation;
}

constexpr int UnknownMtuBlockSize = 1468; // Ethernet: 1500 - 20 (IPv4) - 8 (UDP) - 4 (TFTP)
constexpr int MalformedSummaryMsecs = 5000;
// Refused requests beyond this many a second (from one address, from all) are counted and summarised,
// not logged one by one: a client looping over a missing file, or a flood, must not bury the log.
constexpr int MaxRefusalEventsPerPeerSecond = 20;
constexpr int MaxRefusalEventsPerSecond = 200;
constexpr int MaxRefusalPeersTracked = 4096;
constexpr qint64 MtuCacheMsecs = 30000;

} // namespace

struct TftpServer::Private
{
    struct Entry
    {
        TftpTransfer *transfer = nullptr;
        TftpPacket request;
        QString uploadTarget;
    };
    struct MtuEntry
    {
        int mtu = 0;
        qint64 checkedAt = 0;
    };

    TftpServer *q;
    Profile profile;
    EventSink *sink;
    FileResolver files;
    QUdpSocket *socket = nullptr;
    QHash<PeerKey, Entry> transfers;
    QSet<QString> uploadTargets;
    int maxTransfers = DefaultMaxTransfers;

    QElapsedTimer errorClock;
    int errorRepliesThisSecond = 0;

    QTimer summaryTimer;
    qint64 malformedCount = 0;
    QHostAddress lastMalformedPeer;
    QString lastMalformedReason;
    QElapsedTimer refusalClock; // the current second
    int refusalsThisSecond = 0;
    QHash<QHostAddress, int> refusalsThisSecondByPeer;
    qint64 unshownRefusals = 0;
    QHostAddress lastUnshownPeer;
    QString lastUnshownName;
    QString lastUnshownReason;

    mutable QHash<QHostAddress, MtuEntry> mtuCache;

    Private(TftpServer *owner, const Profile &p, EventSink *s)
        : q(owner), profile(p), sink(s), files(p.resolvedNetbootDir())
    {
    }

    void post(TrafficEvent::Kind kind, const QHostAddress &peer, const QString &subject, const QString &detail)
    {
        TrafficEvent event = TrafficEvent::make(Service::Tftp, kind, detail);
        event.peer = peer;
        event.subject = subject;
        if (sink)
            sink->post(std::move(event));
    }

    void readPendingDatagrams();
    void handleDatagram(const QNetworkDatagram &datagram);
    void handleRequest(const TftpPacket &request, const QNetworkDatagram &datagram);
    void refuse(const PeerKey &peer, const QString &name, TftpErrorCode code, const QString &reason);
    void replyError(const PeerKey &peer, TftpErrorCode code, const QString &message);
    void noteMalformed(const QHostAddress &peer, const QString &reason);
    void reportMalformed();
    void removeTransfer(const PeerKey &key, TftpTransfer *transfer);
    int interfaceMtu(const QHostAddress &localAddress) const;
};

TftpServer::TftpServer(const Profile &profile, EventSink *sink, QObject *parent)
    : Server(parent), d(std::make_unique<Private>(this, profile, sink))
{
    d->summaryTimer.setSingleShot(true);
    d->summaryTimer.setInterval(MalformedSummaryMsecs);
    connect(&d->summaryTimer, &QTimer::timeout, this, [this] { d->reportMalformed(); });
}

TftpServer::~TftpServer()
{
    if (d->socket || !d->transfers.isEmpty())
        stop();
}

int TftpServer::activeTransfers() const
{
    return int(d->transfers.size());
}

int TftpServer::maxTransfers() const
{
    return d->maxTransfers;
}

void TftpServer::setMaxTransfers(int count)
{
    d->maxTransfers = std::max(1, count);
}

bool TftpServer::start()
{
    if (d->socket)
        stop();

    const Profile::Tftp &config = d->profile.tftp;
    auto *socket = new QUdpSocket(this);
    if (!socket->bind(config.address, config.port, QUdpSocket::DontShareAddress)) {
        ServiceState state;
        state.status = ServiceState::Status::Failed;
        state.address = config.address;
        state.port = config.port;
        state.reason =
            bindFailureReason(QStringLiteral("UDP"), config.address, config.port, socket->error(), socket->errorString());
        delete socket;
        d->post(TrafficEvent::Kind::Error, QHostAddress(), QString(), state.reason);
        qCWarning(lcTftp) << "cannot listen:" << state.reason;
        setState(state);
        return false;
    }
    d->socket = socket;
    connect(socket, &QUdpSocket::readyRead, this, [this] { d->readPendingDatagrams(); });
    d->files = FileResolver(d->profile.resolvedNetbootDir()); // the folder may have appeared since
    d->errorClock.start();
    d->errorRepliesThisSecond = 0;

    if (!d->files.rootExists()) {
        d->post(TrafficEvent::Kind::Warning, QHostAddress(), d->files.root(),
                tr("the netboot folder \"%1\" does not exist: every read request will fail; choose an "
                   "existing folder in the profile")
                    .arg(QDir::toNativeSeparators(d->files.root())));
    }

    ServiceState state;
    state.status = ServiceState::Status::Listening;
    state.address = config.address;
    state.port = socket->localPort();
    qCInfo(lcTftp) << "listening on" << config.address << state.port << "serving" << d->files.canonicalRoot();
    setState(state);
    return true;
}

void TftpServer::stop()
{
    // Aborting a transfer removes it from the table (finished -> removeTransfer).
    const QList<Private::Entry> running = d->transfers.values();
    for (const Private::Entry &entry : running)
        entry.transfer->abort(tr("the TFTP server was stopped"));
    d->transfers.clear();
    d->uploadTargets.clear();
    if (d->socket) {
        d->socket->close();
        delete d->socket;
        d->socket = nullptr;
    }
    d->summaryTimer.stop();
    d->reportMalformed(); // what is pending, now rather than never
    ServiceState state;
    state.status = ServiceState::Status::Stopped;
    setState(state);
}

int TftpServer::blockSizeLimit(const QHostAddress &localAddress) const
{
    const QHostAddress local = plain(localAddress);
    const int mtu = d->interfaceMtu(local);
    const int headers = local.protocol() == QAbstractSocket::IPv6Protocol ? 40 + 8 + 4 : 20 + 8 + 4;
    int limit = mtu > 0 ? mtu - headers : UnknownMtuBlockSize;
    limit = std::min(limit, int(TftpPacket::MaxBlockSize));
    if (d->profile.tftp.maxBlockSize > 0)
        limit = std::min(limit, int(d->profile.tftp.maxBlockSize));
    return std::max(limit, 8);
}

int TftpServer::Private::interfaceMtu(const QHostAddress &localAddress) const
{
    if (localAddress.isNull() || localAddress == QHostAddress::AnyIPv4 || localAddress == QHostAddress::AnyIPv6
        || localAddress == QHostAddress::Any) {
        return 0;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto cached = mtuCache.constFind(localAddress);
    if (cached != mtuCache.cend() && now - cached->checkedAt < MtuCacheMsecs)
        return cached->mtu;

    int mtu = 0;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        const bool holds = std::any_of(entries.cbegin(), entries.cend(), [&localAddress](const QNetworkAddressEntry &e) {
            return plain(e.ip()) == localAddress;
        });
        if (holds) {
            mtu = interface.maximumTransmissionUnit();
            break;
        }
    }
    mtuCache.insert(localAddress, {mtu, now});
    return mtu;
}

void TftpServer::Private::readPendingDatagrams()
{
    while (socket && socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        handleDatagram(datagram);
    }
}

void TftpServer::Private::handleDatagram(const QNetworkDatagram &datagram)
{
    if (datagram.senderPort() <= 0)
        return;
    const PeerKey peer{plain(datagram.senderAddress()), quint16(datagram.senderPort())};
    const QByteArray bytes = datagram.data();
    const Expected<TftpPacket> packet = TftpPacket::parse(bytes);
    const bool isErrorPacket = bytes.size() >= 2 && bytes[0] == 0 && bytes[1] == char(TftpOpcode::Error);
    if (!packet) {
        noteMalformed(peer.address, packet.error());
        if (!isErrorPacket)
            replyError(peer, TftpErrorCode::IllegalOperation, TftpServer::tr("illegal TFTP operation: %1").arg(packet.error()));
        return;
    }
    switch (packet->opcode) {
    case TftpOpcode::Rrq:
    case TftpOpcode::Wrq:
        handleRequest(*packet, datagram);
        return;
    case TftpOpcode::Error: // answering an ERROR could start an endless exchange
        qCDebug(lcTftp) << "ERROR packet on the request port from" << peer.address << "ignored";
        return;
    case TftpOpcode::Data:
    case TftpOpcode::Ack:
    case TftpOpcode::Oack:
        noteMalformed(peer.address, TftpServer::tr("a packet of a transfer (opcode %1) sent to the request port").arg(int(packet->opcode)));
        replyError(peer, TftpErrorCode::IllegalOperation, TftpServer::tr("illegal TFTP operation: only RRQ and WRQ on this port"));
        return;
    }
}

void TftpServer::Private::handleRequest(const TftpPacket &request, const QNetworkDatagram &datagram)
{
    const PeerKey key{plain(datagram.senderAddress()), quint16(datagram.senderPort())};
    if (const auto it = transfers.constFind(key); it != transfers.cend()) {
        if (it->request == request) {
            qCDebug(lcTftp) << "retransmitted request from" << key.address << key.port << "ignored";
            return;
        }
        // The same client port asks for something else: its old transfer is dead to it.
        it->transfer->abort(TftpServer::tr("the client sent a new request"));
        transfers.remove(key);
    }

    const QString name = decodeName(request.fileName);
    const bool isRead = request.opcode == TftpOpcode::Rrq;
    if (transfers.size() >= maxTransfers) {
        refuse(key, name, TftpErrorCode::NotDefined,
               TftpServer::tr("too many transfers at once (%1): the request was turned away, the client may retry")
                   .arg(maxTransfers));
        return;
    }
    if (request.mode == TftpMode::Mail) {
        refuse(key, name, TftpErrorCode::IllegalOperation, TftpServer::tr("mail mode is not supported"));
        return;
    }

    const QHostAddress localAddress = plain(datagram.destinationAddress());
    TftpOptions::Limits limits;
    limits.maxBlockSize = q->blockSizeLimit(localAddress.isNull() ? plain(profile.tftp.address) : localAddress);
    limits.defaultTimeoutMsecs = profile.tftp.timeoutMsecs;

    TftpTransfer::Setup setup;
    setup.direction = isRead ? TftpOptions::Direction::Read : TftpOptions::Direction::Write;
    setup.peer = key.address;
    setup.peerPort = key.port;
    setup.localAddress = localAddress;
    setup.fallbackAddress = profile.tftp.address;
    setup.portRangeBegin = profile.tftp.portRangeBegin;
    setup.portRangeEnd = profile.tftp.portRangeEnd;
    setup.fileName = name;
    setup.mode = request.mode;
    setup.retries = std::max(0, profile.tftp.retries);

    std::unique_ptr<QIODevice> device;
    QString uploadTarget;
    FileResolver::Failure why = FileResolver::Failure::None;
    if (isRead) {
        const Expected<ResolvedFile> file = files.resolve(name, &why);
        if (!file) {
            refuse(key, name, errorCodeFor(why), file.error());
            return;
        }
        auto qfile = std::make_unique<QFile>(file->absolutePath);
        if (!qfile->open(QIODevice::ReadOnly)) {
            refuse(key, name, TftpErrorCode::AccessViolation,
                   TftpServer::tr("cannot open \"%1\": %2").arg(file->relativePath, qfile->errorString()));
            return;
        }
        const bool octet = request.mode == TftpMode::Octet;
        setup.options = TftpOptions::negotiate(request.options, setup.direction,
                                               octet ? std::optional<qint64>(file->size) : std::nullopt, limits);
        setup.totalBytes = octet ? file->size : -1;
        device = std::move(qfile);
    } else {
        if (profile.tftp.uploadDir.isEmpty()) {
            refuse(key, name, TftpErrorCode::AccessViolation,
                   TftpServer::tr("uploads are turned off: choose an upload folder (tftp.uploadDir) in the profile to allow them"));
            return;
        }
        const FileResolver uploads(profile.resolvePath(profile.tftp.uploadDir));
        const Expected<QString> target = uploads.resolveWriteTarget(name, FileResolver::Overwrite::Refuse, &why);
        if (!target) {
            refuse(key, name, errorCodeFor(why), target.error());
            return;
        }
        if (uploadTargets.contains(*target)) {
            refuse(key, name, TftpErrorCode::FileExists, TftpServer::tr("\"%1\" is being uploaded by another client").arg(name));
            return;
        }
        setup.options = TftpOptions::negotiate(request.options, setup.direction, std::nullopt, limits);
        if (setup.options.transferSize) {
            const QStorageInfo storage(QFileInfo(*target).absolutePath());
            const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
            if (free >= 0 && *setup.options.transferSize > free) {
                const QLocale locale;
                refuse(key, name, TftpErrorCode::DiskFull,
                       TftpServer::tr("not enough free space for \"%1\": %2 announced, %3 free")
                           .arg(name, locale.formattedDataSize(*setup.options.transferSize),
                                locale.formattedDataSize(free)));
                return;
            }
        }
        auto saveFile = std::make_unique<QSaveFile>(*target);
        if (!saveFile->open(QIODevice::WriteOnly)) {
            refuse(key, name, TftpErrorCode::AccessViolation,
                   TftpServer::tr("cannot create \"%1\": %2").arg(name, saveFile->errorString()));
            return;
        }
        setup.totalBytes = setup.options.transferSize.value_or(-1);
        uploadTarget = *target;
        device = std::move(saveFile);
    }

    auto *transfer = new TftpTransfer(std::move(setup), std::move(device), sink, q);
    transfers.insert(key, Entry{transfer, request, uploadTarget});
    if (!uploadTarget.isEmpty())
        uploadTargets.insert(uploadTarget);
    QObject::connect(transfer, &TftpTransfer::finished, q, [this, key, transfer] { removeTransfer(key, transfer); });

    QString error;
    if (!transfer->start(&error)) {
        transfers.remove(key);
        uploadTargets.remove(uploadTarget);
        delete transfer;
        replyError(key, TftpErrorCode::NotDefined, TftpServer::tr("server busy, try again"));
        post(TrafficEvent::Kind::Error, key.address, name, error);
        qCWarning(lcTftp) << "transfer not started:" << error;
    }
}

void TftpServer::Private::removeTransfer(const PeerKey &key, TftpTransfer *transfer)
{
    const auto it = transfers.find(key);
    if (it != transfers.end() && it->transfer == transfer) {
        uploadTargets.remove(it->uploadTarget);
        transfers.erase(it);
    }
    transfer->deleteLater();
}

void TftpServer::Private::refuse(const PeerKey &peer, const QString &name, TftpErrorCode code, const QString &reason)
{
    qCDebug(lcTftp) << "refused" << name << "for" << peer.address << peer.port << ":" << reason;
    replyError(peer, code, reason);
    if (!refusalClock.isValid() || refusalClock.elapsed() >= 1000) {
        refusalClock.start();
        refusalsThisSecond = 0;
        refusalsThisSecondByPeer.clear();
    }
    ++refusalsThisSecond;
    int fromPeer = refusalsThisSecond; // past the tracking limit every address counts as one
    if (refusalsThisSecondByPeer.size() < MaxRefusalPeersTracked || refusalsThisSecondByPeer.contains(peer.address))
        fromPeer = ++refusalsThisSecondByPeer[peer.address];
    if (fromPeer <= MaxRefusalEventsPerPeerSecond && refusalsThisSecond <= MaxRefusalEventsPerSecond) {
        post(TrafficEvent::Kind::Refused, peer.address, name, reason);
        return;
    }
    ++unshownRefusals;
    lastUnshownPeer = peer.address;
    lastUnshownName = name;
    lastUnshownReason = reason;
    if (!summaryTimer.isActive())
        summaryTimer.start();
}

void TftpServer::Private::replyError(const PeerKey &peer, TftpErrorCode code, const QString &message)
{
    if (!socket)
        return;
    if (errorClock.elapsed() >= 1000) {
        errorClock.restart();
        errorRepliesThisSecond = 0;
    }
    if (++errorRepliesThisSecond > MaxErrorRepliesPerSecond)
        return;
    socket->writeDatagram(TftpPacket::makeError(code, message).serialize(), peer.address, peer.port);
}

void TftpServer::Private::noteMalformed(const QHostAddress &peer, const QString &reason)
{
    qCDebug(lcTftp) << "malformed packet from" << peer << ":" << reason;
    ++malformedCount;
    lastMalformedPeer = peer;
    lastMalformedReason = reason;
    if (!summaryTimer.isActive())
        summaryTimer.start();
}

void TftpServer::Private::reportMalformed()
{
    if (unshownRefusals > 0) {
        post(TrafficEvent::Kind::Warning, lastUnshownPeer, lastUnshownName,
             TftpServer::tr("%n more refused request(s) not shown one by one (the last one: %1)", nullptr,
                            int(std::min<qint64>(unshownRefusals, INT_MAX)))
                 .arg(lastUnshownReason));
        unshownRefusals = 0;
    }
    if (malformedCount == 0)
        return;
    post(TrafficEvent::Kind::Warning, lastMalformedPeer, QString(),
         TftpServer::tr("%n malformed or unexpected packet(s) on the TFTP port ignored (the last one: %1)", nullptr,
            int(std::min<qint64>(malformedCount, INT_MAX)))
             .arg(lastMalformedReason));
    malformedCount = 0;
}

} // namespace Bootcast
