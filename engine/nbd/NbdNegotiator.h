#pragma once

#include "NbdProtocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Bootcast {

// The server side of the NBD fixed newstyle handshake as a pure state machine: bytes from the
// client in, bytes for the client out, no sockets (so it is unit-tested and fuzzed as it is).
//
// Speaks NBD_OPT_EXPORT_NAME, ABORT, LIST, INFO, GO and STRUCTURED_REPLY; every other option gets
// NBD_REP_ERR_UNSUP (its data read and dropped). INFO and GO answer NBD_INFO_EXPORT always, and
// NBD_INFO_NAME, NBD_INFO_DESCRIPTION (when there is one) and NBD_INFO_BLOCK_SIZE (minimum 1,
// preferred 4096, maximum 32 MiB) when asked. Option data larger than 64 KiB gets NBD_REP_ERR_TOO_BIG
// (the data is skipped); beyond 1 MiB the client is not speaking NBD and the connection closes.
//
// The empty name picks the default export: the export named "" when there is one, otherwise the
// first export. Other names must match an export exactly (UTF-8 bytes).
//
// A client without FIXED_NEWSTYLE may only send NBD_OPT_EXPORT_NAME (it could not read a reply to
// anything else); unknown client flags, a wrong magic number, an absurd length or more than
// MaxOptions options close the connection as protocol violations.
class NbdNegotiator
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::NbdNegotiator)

public:
    struct Export
    {
        QByteArray name;        // UTF-8
        QByteArray description; // UTF-8, at most 4096 bytes; empty: none
        quint64 size = 0;
        // Transmission flags without NBD_FLAG_SEND_DF (added when structured replies are agreed).
        quint16 flags = Nbd::FlagHasFlags;
    };

    // Why a client may not attach to an export it picked: reason is translated (for events),
    // message is plain English for the client (NBD_REP_ERR_POLICY's text).
    struct ClaimRefusal
    {
        QString reason;
        QByteArray message;
    };
    // Called when the client picks an export with NBD_OPT_GO or NBD_OPT_EXPORT_NAME: nothing when it
    // may attach (the caller has then claimed it), else why not (GO gets NBD_REP_ERR_POLICY;
    // EXPORT_NAME can only close the connection).
    using Claim = std::function<std::optional<ClaimRefusal>(qsizetype exportIndex)>;

    enum class Step : quint8 {
        NeedMore,     // feed more bytes
        Transmission, // an export was chosen; what is left in the input belongs to transmission
        Close,        // send the output, then close; closeReason() says why
    };

    // A client the server turned away from an export (unknown name, busy): reported as an event.
    struct Refusal
    {
        QByteArray name;
        QString reason; // translated
    };

    static constexpr int MaxOptions = 4096;

    explicit NbdNegotiator(QList<Export> exports, Claim claim = {});

    // What the server sends first.
    static QByteArray greeting();

    // Consumes what it can from the front of input and appends replies to output.
    Step feed(QByteArray &input, QByteArray &output);

    // After Transmission.
    qsizetype exportIndex() const { return m_exportIndex; }
    quint16 transmissionFlags() const { return m_transmissionFlags; }
    bool structuredReplies() const { return m_structured; }

    // After Close: why (translated), and whether the client broke the protocol (as opposed to
    // NBD_OPT_ABORT or an unknown export after NBD_OPT_EXPORT_NAME).
    QString closeReason() const { return m_closeReason; }
    bool violated() const { return m_violated; }

    QList<Refusal> takeRefusals();
    int optionCount() const { return m_optionCount; }

private:
    enum class Phase : quint8 { ClientFlags, Options, Discarding, Done };

    Step handleOption(quint32 option, const QByteArray &data, QByteArray &output);
    Step handleExportName(const QByteArray &data, QByteArray &output);
    void handleList(quint32 option, const QByteArray &data, QByteArray &output);
    Step handleInfoOrGo(quint32 option, const QByteArray &data, QByteArray &output);
    qsizetype findExport(const QByteArray &name) const;
    quint16 flagsFor(qsizetype index) const;
    Step close(const QString &reason, bool violation);

    QList<Export> m_exports;
    Claim m_claim;
    Phase m_phase = Phase::ClientFlags;
    bool m_fixedNewstyle = false;
    bool m_noZeroes = false;
    bool m_structured = false;
    quint32 m_discardOption = 0;
    quint32 m_discardLeft = 0;
    int m_optionCount = 0;
    qsizetype m_exportIndex = -1;
    quint16 m_transmissionFlags = 0;
    QString m_closeReason;
    bool m_violated = false;
    QList<Refusal> m_refusals;
};

} // namespace Bootcast
