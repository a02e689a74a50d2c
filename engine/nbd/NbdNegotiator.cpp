#include "NbdNegotiator.h"

#include "NbdHandshake.h"

namespace Bootcast {

namespace {

using Nbd::OptionReply;

QByteArray errorReply(quint32 option, OptionReply type, const char *message)
{
    return NbdHandshake::serializeOptionReply(option, type, QByteArrayView(message));
}

} // namespace

NbdNegotiator::NbdNegotiator(QList<Export> exports, Claim claim)
    : m_exports(std::move(exports)), m_claim(std::move(claim))
{
}

QByteArray NbdNegotiator::greeting()
{
    return NbdHandshake::serializeGreeting(Nbd::FlagFixedNewstyle | Nbd::FlagNoZeroes);
}

QList<NbdNegotiator::Refusal> NbdNegotiator::takeRefusals()
{
    return std::exchange(m_refusals, {});
}

NbdNegotiator::Step NbdNegotiator::close(const QString &reason, bool violation)
{
    m_phase = Phase::Done;
    m_closeReason = reason;
    m_violated = violation;
    return Step::Close;
}

NbdNegotiator::Step NbdNegotiator::feed(QByteArray &input, QByteArray &output)
{
    for (;;) {
        switch (m_phase) {
        case Phase::Done:
            return m_exportIndex >= 0 ? Step::Transmission : Step::Close;

        case Phase::ClientFlags: {
            if (input.size() < Nbd::ClientFlagsSize)
                return Step::NeedMore;
            const Expected<quint32> flags = NbdHandshake::parseClientFlags(QByteArrayView(input).first(Nbd::ClientFlagsSize));
            input.remove(0, Nbd::ClientFlagsSize);
            if (!flags)
                return close(flags.error(), true);
            m_fixedNewstyle = *flags & Nbd::ClientFlagFixedNewstyle;
            m_noZeroes = *flags & Nbd::ClientFlagNoZeroes;
            m_phase = Phase::Options;
            break;
        }

        case Phase::Discarding: {
            const qsizetype n = qMin(qsizetype(m_discardLeft), input.size());
            input.remove(0, n);
            m_discardLeft -= quint32(n);
            if (m_discardLeft > 0)
                return Step::NeedMore;
            output += errorReply(m_discardOption, OptionReply::ErrTooBig, "option data too large");
            m_phase = Phase::Options;
            break;
        }

        case Phase::Options: {
            if (input.size() < Nbd::OptionHeaderSize)
                return Step::NeedMore;
            const Expected<NbdOptionHeader> header =
                NbdHandshake::parseOptionHeader(QByteArrayView(input).first(Nbd::OptionHeaderSize));
            if (!header)
                return close(header.error(), true);
            if (header->length > Nbd::MaxOptionLength) {
                if (!m_fixedNewstyle || header->length > Nbd::MaxDiscardedOptionLength) {
                    return close(tr("%1 with %2 bytes of data, far beyond the limit of %3 bytes")
                                     .arg(NbdHandshake::optionName(header->option))
                                     .arg(header->length)
                                     .arg(Nbd::MaxOptionLength),
                                 true);
                }
                if (++m_optionCount > MaxOptions)
                    return close(tr("more than %1 options without choosing an export").arg(MaxOptions), true);
                input.remove(0, Nbd::OptionHeaderSize);
                m_discardOption = header->option;
                m_discardLeft = header->length;
                m_phase = Phase::Discarding;
                break;
            }
            if (input.size() < Nbd::OptionHeaderSize + qsizetype(header->length))
                return Step::NeedMore;
            if (++m_optionCount > MaxOptions)
                return close(tr("more than %1 options without choosing an export").arg(MaxOptions), true);
            const QByteArray data = input.mid(Nbd::OptionHeaderSize, header->length);
            input.remove(0, Nbd::OptionHeaderSize + qsizetype(header->length));
            const Step step = handleOption(header->option, data, output);
            if (step != Step::NeedMore)
                return step;
            break;
        }
        }
    }
}

NbdNegotiator::Step NbdNegotiator::handleOption(quint32 option, const QByteArray &data, QByteArray &output)
{
    if (option == quint32(Nbd::Option::ExportName))
        return handleExportName(data, output);
    if (!m_fixedNewstyle) {
        // Without fixed newstyle the client cannot parse a reply: closing is all that is left.
        return close(tr("%1 from a client that did not agree to the fixed newstyle handshake")
                         .arg(NbdHandshake::optionName(option)),
                     true);
    }
    switch (Nbd::Option(option)) {
    case Nbd::Option::Abort:
        output += NbdHandshake::serializeOptionReply(option, OptionReply::Ack);
        return close(tr("the client ended the negotiation (NBD_OPT_ABORT)"), false);
    case Nbd::Option::List:
        handleList(option, data, output);
        return Step::NeedMore;
    case Nbd::Option::StructuredReply:
        if (!data.isEmpty()) {
            output += errorReply(option, OptionReply::ErrInvalid, "NBD_OPT_STRUCTURED_REPLY takes no data");
            return Step::NeedMore;
        }
        m_structured = true;
        output += NbdHandshake::serializeOptionReply(option, OptionReply::Ack);
        return Step::NeedMore;
    case Nbd::Option::Info:
    case Nbd::Option::Go:
        return handleInfoOrGo(option, data, output);
    case Nbd::Option::StartTls:
        output += errorReply(option, OptionReply::ErrUnsup, "TLS is not supported by this server");
        return Step::NeedMore;
    default:
        output += errorReply(option, OptionReply::ErrUnsup, "option not supported");
        return Step::NeedMore;
    }
}

qsizetype NbdNegotiator::findExport(const QByteArray &name) const
{
    for (qsizetype i = 0; i < m_exports.size(); ++i) {
        if (m_exports.at(i).name == name)
            return i;
    }
    if (name.isEmpty() && !m_exports.isEmpty())
        return 0; // the default export: the first one when none is called ""
    return -1;
}

quint16 NbdNegotiator::flagsFor(qsizetype index) const
{
    quint16 flags = m_exports.at(index).flags | Nbd::FlagHasFlags;
    flags &= ~Nbd::FlagSendDf;
    if (m_structured)
        flags |= Nbd::FlagSendDf;
    return flags;
}

NbdNegotiator::Step NbdNegotiator::handleExportName(const QByteArray &data, QByteArray &output)
{
    const qsizetype index = data.size() <= Nbd::MaxStringSize ? findExport(data) : -1;
    if (index < 0) {
        const QString reason = tr("there is no export named \"%1\"").arg(QString::fromUtf8(data.left(256)));
        m_refusals.append({data.left(Nbd::MaxStringSize), reason});
        return close(reason, false); // proto.md: the server closes; EXPORT_NAME has no error reply
    }
    if (m_claim) {
        if (const std::optional<ClaimRefusal> refused = m_claim(index)) {
            m_refusals.append({m_exports.at(index).name, refused->reason});
            return close(refused->reason, false);
        }
    }
    m_exportIndex = index;
    m_transmissionFlags = flagsFor(index);
    output += NbdHandshake::serializeExportNameReply(m_exports.at(index).size, m_transmissionFlags, m_noZeroes);
    m_phase = Phase::Done;
    return Step::Transmission;
}

void NbdNegotiator::handleList(quint32 option, const QByteArray &data, QByteArray &output)
{
    if (!data.isEmpty()) {
        output += errorReply(option, OptionReply::ErrInvalid, "NBD_OPT_LIST takes no data");
        return;
    }
    for (const Export &e : std::as_const(m_exports)) {
        output += NbdHandshake::serializeOptionReply(option, OptionReply::Server,
                                                     NbdHandshake::serializeListEntry({e.name, e.description}));
    }
    output += NbdHandshake::serializeOptionReply(option, OptionReply::Ack);
}

NbdNegotiator::Step NbdNegotiator::handleInfoOrGo(quint32 option, const QByteArray &data, QByteArray &output)
{
    const bool go = option == quint32(Nbd::Option::Go);
    const Expected<NbdExportRequest> request = NbdHandshake::parseExportRequest(data);
    if (!request) {
        output += errorReply(option, OptionReply::ErrInvalid, "malformed export name or information requests");
        return Step::NeedMore;
    }
    const qsizetype index = findExport(request->name);
    if (index < 0) {
        if (go) {
            m_refusals.append(
                {request->name, tr("there is no export named \"%1\"").arg(QString::fromUtf8(request->name.left(256)))});
        }
        output += errorReply(option, OptionReply::ErrUnknown, "no export of that name");
        return Step::NeedMore;
    }
    if (go && m_claim) {
        if (const std::optional<ClaimRefusal> refused = m_claim(index)) {
            m_refusals.append({m_exports.at(index).name, refused->reason});
            output += NbdHandshake::serializeOptionReply(option, OptionReply::ErrPolicy, refused->message);
            return Step::NeedMore;
        }
    }

    const Export &e = m_exports.at(index);
    const quint16 flags = flagsFor(index);
    output += NbdHandshake::serializeOptionReply(option, OptionReply::Info, NbdHandshake::serializeInfoExport(e.size, flags));
    bool sentName = false;
    bool sentDescription = false;
    bool sentBlockSize = false;
    for (const quint16 info : request->infos) {
        switch (Nbd::InfoType(info)) {
        case Nbd::InfoType::Name:
            if (!std::exchange(sentName, true)) {
                output += NbdHandshake::serializeOptionReply(option, OptionReply::Info,
                                                             NbdHandshake::serializeInfoText(Nbd::InfoType::Name, e.name));
            }
            break;
        case Nbd::InfoType::Description:
            if (!e.description.isEmpty() && !std::exchange(sentDescription, true)) {
                output += NbdHandshake::serializeOptionReply(
                    option, OptionReply::Info, NbdHandshake::serializeInfoText(Nbd::InfoType::Description, e.description));
            }
            break;
        case Nbd::InfoType::BlockSize:
            if (!std::exchange(sentBlockSize, true)) {
                output += NbdHandshake::serializeOptionReply(
                    option, OptionReply::Info,
                    NbdHandshake::serializeInfoBlockSize(Nbd::MinBlockSize, Nbd::PreferredBlockSize, Nbd::MaxPayloadSize));
            }
            break;
        case Nbd::InfoType::Export: break; // always sent
        default: break;                    // unknown requests are ignored (proto.md)
        }
    }
    output += NbdHandshake::serializeOptionReply(option, OptionReply::Ack);
    if (!go)
        return Step::NeedMore;
    m_exportIndex = index;
    m_transmissionFlags = flags;
    m_phase = Phase::Done;
    return Step::Transmission;
}

} // namespace Bootcast
