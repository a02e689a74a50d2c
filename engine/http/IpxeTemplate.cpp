#include "IpxeTemplate.h"

#include "core/MacAddress.h"
#include "dhcp/BootPolicy.h"

#include <optional>

namespace Bootcast {

namespace {

constexpr int MaxArchTagLength = 32;
constexpr int MaxNameLength = 32;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || c == '_';
}

} // namespace

QStringList IpxeTemplate::placeholderNames()
{
    return {QStringLiteral("base_url"), QStringLiteral("server"),    QStringLiteral("http_port"), QStringLiteral("tftp_port"),
            QStringLiteral("client_ip"), QStringLiteral("mac"), QStringLiteral("arch")};
}

QByteArray IpxeTemplate::render(QByteArrayView script, const Values &values)
{
    const auto valueOf = [&values](QByteArrayView name) -> std::optional<QString> {
        if (name == "server")
            return values.server;
        if (name == "http_port")
            return QString::number(values.httpPort);
        if (name == "tftp_port")
            return QString::number(values.tftpPort);
        if (name == "base_url")
            return baseUrl(values.server, values.httpPort);
        if (name == "mac")
            return values.mac;
        if (name == "arch")
            return values.arch;
        if (name == "client_ip")
            return values.clientIp;
        return std::nullopt;
    };

    QByteArray out;
    out.reserve(script.size() + 256);
    qsizetype copied = 0;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = script.indexOf("{{", pos);
        if (open < 0)
            break;
        qsizetype i = open + 2;
        while (i < script.size() && script[i] == ' ')
            ++i;
        const qsizetype nameStart = i;
        while (i < script.size() && isNameChar(script[i]) && i - nameStart < MaxNameLength)
            ++i;
        const QByteArrayView name = script.sliced(nameStart, i - nameStart);
        while (i < script.size() && script[i] == ' ')
            ++i;
        const bool closed = i + 1 < script.size() && script[i] == '}' && script[i + 1] == '}';
        const std::optional<QString> value = closed && !name.isEmpty() ? valueOf(name) : std::nullopt;
        if (!value) {
            pos = open + 1; // "{{{mac}}}": the placeholder may start one brace later
            continue;
        }
        out += script.sliced(copied, open - copied);
        out += value->toUtf8();
        pos = copied = i + 2;
    }
    out += script.sliced(copied);
    return out;
}

bool IpxeTemplate::isTemplateName(QStringView fileName)
{
    return fileName.endsWith(u".ipxe", Qt::CaseInsensitive);
}

QString IpxeTemplate::sanitizedMac(QStringView value)
{
    if (value.size() > 32)
        return QString();
    const std::optional<MacAddress> mac = MacAddress::fromString(value.trimmed());
    return mac ? mac->toString() : QString();
}

QString IpxeTemplate::sanitizedArch(QStringView value)
{
    if (value.isEmpty() || value.size() > MaxArchTagLength)
        return QString();
    bool allDigits = true;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        if (!digit && !letter && u != u'-' && u != u'_')
            return QString();
        allDigits = allDigits && digit;
    }
    if (allDigits) {
        bool ok = false;
        const uint number = value.size() <= 5 ? value.toUInt(&ok) : 0;
        if (!ok || number > 0xffff)
            return QString();
        return BootPolicy::archTag(quint16(number));
    }
    return value.toString().toLower();
}

QString IpxeTemplate::urlHost(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress plain = address;
        plain.setScopeId(QString()); // a zone id would need %25-escaping; iPXE does not take one
        return u'[' + plain.toString() + u']';
    }
    return address.toString();
}

QString IpxeTemplate::baseUrl(const QString &urlHost, quint16 port)
{
    if (port == 80)
        return QStringLiteral("http://") + urlHost;
    return QStringLiteral("http://") + urlHost + u':' + QString::number(port);
}

} // namespace Bootcast
