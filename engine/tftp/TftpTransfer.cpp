#include "TftpTransfer.h"

#include "NetasciiDecoder.h"
#include "NetasciiEncoder.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QIODevice>
#include <QLocale>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUdpSocket>

namespace Bootcast {

namespace {

bool sameHost(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4);
}

bool isUnicast(const QHostAddress &address)
{
    return !address.isNull() && !address.isMulticast() && !address.isBroadcast()
        && address != QHostAddress::AnyIPv4 && address != QHostAddress::Any && address != QHostAddress::AnyIPv6;
}

// Reads up to size bytes, looping over short reads; -1 on a read error.
qint64 readFully(QIODevice *device, char *data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = device->read(data + total, size - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

} // namespace

TftpTransfer::TftpTransfer(Setup setup, std::unique_ptr<QIODevice> device, EventSink *sink, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_device(std::move(device)), m_sink(sink)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TftpTransfer::handleTimeout);
    if (m_setup.mode == TftpMode::Netascii) {
        if (m_setup.direction == TftpOptions::Direction::Read)
            m_encoder = std::make_unique<NetasciiEncoder>(m_device.get());
        else
            m_decoder = std::make_unique<NetasciiDecoder>();
    }
}

TftpTransfer::~TftpTransfer()
{
    // The owner aborts running transfers before deleting them; this only releases what is left.
    m_timer.stop();
}

bool TftpTransfer::start(QString *error)
{
    m_socket = new QUdpSocket(this);

    auto bindTo = [this](const QHostAddress &address) {
        const int begin = m_setup.portRangeBegin;
        const int end = m_setup.portRangeEnd;
        if (begin == 0 || end < begin) {
            if (m_socket->bind(address, 0, QUdpSocket::DontShareAddress))
                return true;
            m_socket->abort();
            return false;
        }
        // A random starting point spreads concurrent transfers over the range.
        const int count = end - begin + 1;
        const int first = int(QRandomGenerator::global()->bounded(quint32(count)));
        for (int i = 0; i < count; ++i) {
            const auto port = quint16(begin + (first + i) % count);
            if (m_socket->bind(address, port, QUdpSocket::DontShareAddress))
                return true;
            const auto socketError = m_socket->error();
            m_socket->abort();
            if (socketError != QAbstractSocket::AddressInUseError)
                return false;
        }
        return false;
    };

    const bool bound = (isUnicast(m_setup.localAddress) && bindTo(m_setup.localAddress))
        || bindTo(m_setup.fallbackAddress.isNull() ? QHostAddress(QHostAddress::AnyIPv4) : m_setup.fallbackAddress);
    if (!bound) {
        if (error) {
            *error = m_setup.portRangeBegin != 0
                ? tr("no free UDP port for the transfer in %1-%2: widen the TFTP port range")
                      .arg(m_setup.portRangeBegin)
                      .arg(m_setup.portRangeEnd)
                : tr("cannot open a UDP port for the transfer: %1").arg(m_socket->errorString());
        }
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &TftpTransfer::readPendingDatagrams);

    m_clock.start();
    m_lastProgressMsecs = 0;
    m_retriesLeft = m_setup.retries;

    const TftpOptions &options = m_setup.options;
    TrafficEvent event = TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferStarted);
    event.peer = m_setup.peer;
    event.subject = m_setup.fileName;
    event.totalBytes = m_setup.totalBytes;
    event.bytes = 0;
    const QString mode = QString::fromLatin1(TftpPacket::modeName(m_setup.mode));
    event.detail = (m_setup.direction == TftpOptions::Direction::Read
                        ? tr("sending (%1, block size %2, window %3)")
                        : tr("receiving an upload (%1, block size %2, window %3)"))
                       .arg(mode)
                       .arg(options.blockSize)
                       .arg(options.windowSize);
    if (m_sink)
        m_sink->post(std::move(event));
    qCDebug(lcTftp) << "transfer" << m_setup.fileName << "to" << m_setup.peer << m_setup.peerPort << "from port"
                    << m_socket->localAddress() << m_socket->localPort() << "blksize" << options.blockSize
                    << "windowsize" << options.windowSize << "timeout" << options.timeoutMsecs;

    if (options.needsOack()) {
        m_oack = TftpPacket::makeOack(options.accepted).serialize();
        m_state = m_setup.direction == TftpOptions::Direction::Read ? State::AwaitingOackAck : State::Receiving;
        send(m_oack);
        armTimer();
    } else if (m_setup.direction == TftpOptions::Direction::Read) {
        m_state = State::Sending;
        if (fillWindow())
            sendWindow();
    } else {
        m_state = State::Receiving;
        sendAck(0);
    }
    return true;
}

void TftpTransfer::abort(const QString &reason)
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Dallying) { // already reported as finished: just let go
        finish();
        return;
    }
    fail(reason, TftpErrorCode::NotDefined);
}

void TftpTransfer::readPendingDatagrams()
{
    while (m_socket && m_state != State::Finished && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        handleDatagram(datagram);
    }
}

void TftpTransfer::handleDatagram(const QNetworkDatagram &datagram)
{
    const Expected<TftpPacket> packet = TftpPacket::parse(datagram.data());
    const bool fromPeer =
        sameHost(datagram.senderAddress(), m_setup.peer) && quint16(datagram.senderPort()) == m_setup.peerPort;
    if (!fromPeer) {
        // RFC 1350: answer a stranger with ERROR 5 and carry on; never answer an ERROR (no loops).
        if (!(packet && packet->opcode == TftpOpcode::Error) && datagram.senderPort() > 0) {
            sendTo(TftpPacket::makeError(TftpErrorCode::UnknownTransferId, tr("unknown transfer ID")),
                   datagram.senderAddress(), quint16(datagram.senderPort()));
        }
        qCDebug(lcTftp) << "packet from foreign TID" << datagram.senderAddress() << datagram.senderPort();
        return;
    }
    if (!packet) {
        qCDebug(lcTftp) << "malformed packet from the client ignored:" << packet.error();
        return;
    }

    switch (packet->opcode) {
    case TftpOpcode::Ack:
        if (m_setup.direction == TftpOptions::Direction::Read)
            handleAck(packet->block);
        break;
    case TftpOpcode::Data:
        if (m_setup.direction == TftpOptions::Direction::Write)
            handleData(*packet);
        break;
    case TftpOpcode::Error: {
        const QString message = QString::fromUtf8(packet->errorMessage).left(200);
        if (m_state == State::AwaitingOackAck) {
            // PXE ROMs ask with tsize, read the OACK and cancel (code 0 or 8) before asking again:
            // routine, not a failure.
            TrafficEvent event = TrafficEvent::make(
                Service::Tftp, TrafficEvent::Kind::Info,
                tr("the client read the options and ended the request (error %1: %2)")
                    .arg(packet->errorCode)
                    .arg(message));
            event.peer = m_setup.peer;
            event.subject = m_setup.fileName;
            if (m_sink)
                m_sink->post(std::move(event));
            finish();
        } else if (m_state == State::Dallying) {
            finish();
        } else {
            fail(tr("the client cancelled the transfer (error %1: %2)").arg(packet->errorCode).arg(message),
                 std::nullopt);
        }
        break;
    }
    default:
        qCDebug(lcTftp) << "ignored opcode" << int(packet->opcode) << "in a transfer";
        break;
    }
}

bool TftpTransfer::fillWindow()
{
    const int blockSize = m_setup.options.blockSize;
    while (m_window.size() < m_setup.options.windowSize && m_lastBlock == 0) {
        QByteArray block;
        if (m_encoder) {
            Expected<QByteArray> converted = m_encoder->read(blockSize);
            if (!converted) {
                fail(converted.error(), TftpErrorCode::NotDefined, tr("read error on the server"));
                return false;
            }
            block = std::move(converted).value();
        } else {
            block.resize(blockSize);
            const qint64 got = readFully(m_device.get(), block.data(), blockSize);
            if (got < 0) {
                fail(tr("cannot read the file: %1").arg(m_device->errorString()), TftpErrorCode::NotDefined,
                     tr("read error on the server"));
                return false;
            }
            block.truncate(got);
        }
        const bool last = block.size() < blockSize;
        m_window.append(std::move(block));
        if (last)
            m_lastBlock = m_windowStart + quint64(m_window.size()) - 1;
    }
    return true;
}

void TftpTransfer::sendWindow()
{
    for (qsizetype i = 0; i < m_window.size(); ++i) {
        const quint64 block = m_windowStart + quint64(i);
        send(TftpPacket::makeData(TftpPacket::wireBlock(block), m_window.at(i)).serialize());
    }
    armTimer();
}

void TftpTransfer::handleAck(quint16 wireBlock)
{
    if (m_state == State::AwaitingOackAck) {
        if (wireBlock != 0)
            return;
        m_state = State::Sending;
        m_retriesLeft = m_setup.retries;
        if (fillWindow())
            sendWindow();
        return;
    }
    if (m_state != State::Sending || m_window.isEmpty())
        return;

    const quint64 lastSent = m_windowStart + quint64(m_window.size()) - 1;
    const quint64 block = TftpPacket::unwrapBlock(wireBlock, m_windowStart);
    if (block < m_windowStart || block > lastSent)
        return; // a duplicate (nothing new acknowledged) or a block never sent

    const auto acknowledged = qsizetype(block - m_windowStart + 1);
    for (qsizetype i = 0; i < acknowledged; ++i)
        m_bytes += m_window.at(i).size();
    m_window.remove(0, acknowledged);
    m_windowStart = block + 1;
    m_retriesLeft = m_setup.retries;

    if (m_lastBlock != 0 && block == m_lastBlock) {
        succeed();
        return;
    }
    reportProgress();
    // The whole window acknowledged: the next one. Only part of it: the client missed the block after
    // `block`, so a new window starts there (RFC 7440), the unacknowledged rest going out again.
    if (fillWindow())
        sendWindow();
}

void TftpTransfer::handleData(const TftpPacket &packet)
{
    const int blockSize = m_setup.options.blockSize;
    if (m_state == State::Dallying) {
        if (TftpPacket::unwrapBlock(packet.block, m_expected) == m_expected - 1)
            send(m_lastAck); // our last ACK was lost
        return;
    }
    if (m_state != State::Receiving)
        return;
    if (packet.data.size() > blockSize) {
        fail(tr("the client sent a block of %1 bytes, more than the agreed %2").arg(packet.data.size()).arg(blockSize),
             TftpErrorCode::IllegalOperation, tr("block larger than the negotiated block size"));
        return;
    }

    const quint64 block = TftpPacket::unwrapBlock(packet.block, m_expected);
    if (block != m_expected) {
        // A resent last block: our ACK was lost, say it again. A gap: acknowledge the last block in
        // order once, so the client resends from there (RFC 7440). Older duplicates: nothing.
        if (block + 1 == m_expected) {
            m_receivedInWindow = 0;
            sendAck(block);
        } else if (block > m_expected && !m_gapAcknowledged) {
            m_gapAcknowledged = true;
            m_receivedInWindow = 0;
            sendAck(m_expected - 1);
        }
        return;
    }

    const QByteArray decoded = m_decoder ? m_decoder->decode(packet.data) : QByteArray();
    const QByteArray &bytes = m_decoder ? decoded : packet.data;
    if (m_device->write(bytes) != bytes.size()) {
        fail(tr("cannot write the upload: %1").arg(m_device->errorString()), TftpErrorCode::DiskFull,
             tr("cannot write the file on the server"));
        return;
    }
    m_bytes += packet.data.size();
    ++m_expected;
    m_retriesLeft = m_setup.retries;
    m_gapAcknowledged = false;

    if (packet.data.size() < blockSize) {
        const QByteArray tail = m_decoder ? m_decoder->finish() : QByteArray();
        auto *saveFile = qobject_cast<QSaveFile *>(m_device.get());
        const bool written = m_device->write(tail) == tail.size();
        if (!written || (saveFile && !saveFile->commit())) {
            fail(tr("cannot save the upload: %1").arg(m_device->errorString()), TftpErrorCode::DiskFull,
                 tr("cannot write the file on the server"));
            return;
        }
        sendAck(block);
        m_state = State::Dallying;
        succeed();
        return;
    }
    if (++m_receivedInWindow >= m_setup.options.windowSize) {
        m_receivedInWindow = 0;
        sendAck(block);
    } else {
        armTimer();
    }
    reportProgress();
}

void TftpTransfer::handleTimeout()
{
    if (m_state == State::Dallying) {
        finish();
        return;
    }
    if (m_retriesLeft <= 0) {
        fail(tr("the client stopped answering (no reply after %n attempt(s))", nullptr, m_setup.retries + 1),
             std::nullopt);
        return;
    }
    --m_retriesLeft;
    switch (m_state) {
    case State::AwaitingOackAck:
        send(m_oack);
        armTimer();
        break;
    case State::Sending:
        qCDebug(lcTftp) << "timeout, resending window from block" << m_windowStart;
        sendWindow();
        break;
    case State::Receiving:
        send(m_lastAck.isEmpty() ? m_oack : m_lastAck);
        m_receivedInWindow = 0;
        armTimer();
        break;
    default:
        break;
    }
}

void TftpTransfer::sendAck(quint64 block)
{
    m_lastAck = TftpPacket::makeAck(TftpPacket::wireBlock(block)).serialize();
    send(m_lastAck);
    armTimer();
}

void TftpTransfer::send(const QByteArray &datagram)
{
    if (m_socket && m_socket->writeDatagram(datagram, m_setup.peer, m_setup.peerPort) < 0)
        qCDebug(lcTftp) << "send to" << m_setup.peer << m_setup.peerPort << "failed:" << m_socket->errorString();
}

void TftpTransfer::sendTo(const TftpPacket &packet, const QHostAddress &address, quint16 port)
{
    if (m_socket)
        m_socket->writeDatagram(packet.serialize(), address, port);
}

void TftpTransfer::armTimer()
{
    if (m_state != State::Finished)
        m_timer.start(m_setup.options.timeoutMsecs);
}

void TftpTransfer::reportProgress()
{
    const qint64 now = m_clock.elapsed();
    if (now - m_lastProgressMsecs < m_setup.progressIntervalMsecs)
        return;
    m_lastProgressMsecs = now;
    TrafficEvent event = TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferProgress);
    event.peer = m_setup.peer;
    event.subject = m_setup.fileName;
    event.bytes = m_bytes;
    event.totalBytes = m_setup.totalBytes;
    event.elapsedMsecs = now;
    if (m_sink)
        m_sink->post(std::move(event));
}

void TftpTransfer::succeed()
{
    // Size, time and rate are in the structured fields; viewers format them (transferSummary()).
    TrafficEvent event = TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferFinished);
    event.peer = m_setup.peer;
    event.subject = m_setup.fileName;
    event.bytes = m_bytes;
    event.totalBytes = m_setup.totalBytes >= 0 ? m_setup.totalBytes : m_bytes;
    event.elapsedMsecs = m_clock.elapsed();
    if (m_sink)
        m_sink->post(std::move(event));
    qCDebug(lcTftp) << "finished" << m_setup.fileName << m_bytes << "bytes in" << m_clock.elapsed() << "ms";
    if (m_state == State::Dallying) {
        m_device.reset();
        armTimer();
    } else {
        finish();
    }
}

void TftpTransfer::fail(const QString &reason, std::optional<TftpErrorCode> tellClient, const QString &clientMessage)
{
    if (m_state == State::Finished)
        return;
    if (tellClient)
        send(TftpPacket::makeError(*tellClient, clientMessage.isEmpty() ? reason : clientMessage).serialize());
    if (auto *saveFile = qobject_cast<QSaveFile *>(m_device.get()))
        saveFile->cancelWriting();
    TrafficEvent event = TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferFailed, reason);
    event.peer = m_setup.peer;
    event.subject = m_setup.fileName;
    event.bytes = m_bytes;
    event.totalBytes = m_setup.totalBytes;
    event.elapsedMsecs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_sink)
        m_sink->post(std::move(event));
    qCInfo(lcTftp) << "transfer of" << m_setup.fileName << "to" << m_setup.peer << "failed:" << reason;
    finish();
}

void TftpTransfer::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer.stop();
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_window.clear();
    m_encoder.reset();
    m_device.reset(); // closes the file; an uncommitted QSaveFile removes its temporary file
    emit finished();
}

} // namespace Bootcast
