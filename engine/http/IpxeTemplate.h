#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Bootcast {

// Per-request rendering of iPXE scripts (*.ipxe) served over HTTP. Pure.
//
// Placeholders are "{{name}}" (spaces inside the braces allowed: "{{ mac }}"):
//   {{server}}     the server address (the profile's, else the address the client connected to)
//   {{http_port}}  the HTTP port the client connected to
//   {{tftp_port}}  the profile's TFTP port
//   {{base_url}}   "http://server" or "http://server:port" (port left out when 80; IPv6 in brackets)
//   {{mac}}        from the query (?mac=52:54:00:12:34:56), normalised to lower case with colons
//   {{arch}}       from the query (?arch=7 or ?arch=x86_64): a number becomes BootPolicy's tag
//                  ("uefi-x64"), a tag of letters, digits, '-' and '_' is kept (lower case)
//   {{client_ip}}  the address the request came from
// Query values that do not have that shape are dropped, never copied into the script: the
// placeholder then renders empty. Unknown {{names}} and iPXE's own ${...} settings are left exactly
// as they are; rendering is one pass, so a value can never introduce another placeholder.
class IpxeTemplate
{
public:
    struct Values
    {
        QString server;
        quint16 httpPort = 80;
        quint16 tftpPort = 69;
        QString mac;  // already sanitised (sanitizedMac)
        QString arch; // already sanitised (sanitizedArch)
        QString clientIp;
    };

    static constexpr qint64 MaxScriptBytes = 1024 * 1024; // larger .ipxe files are served as they are

    static QByteArray render(QByteArrayView script, const Values &values);
    // The {{names}} render() fills in: base_url, server, http_port, tftp_port, client_ip, mac, arch.
    static QStringList placeholderNames();

    // True for names rendered when the profile has http.renderTemplates: "*.ipxe", any case.
    static bool isTemplateName(QStringView fileName);
    // "aa:bb:cc:dd:ee:ff" for a MAC address in any usual spelling, else an empty string.
    static QString sanitizedMac(QStringView value);
    // A BootPolicy arch tag for 0..65535, the lower-cased value for a short [A-Za-z0-9_-] tag,
    // else an empty string.
    static QString sanitizedArch(QStringView value);
    // How an address appears in a URL: IPv4 plain (also when IPv4-mapped), IPv6 in brackets.
    static QString urlHost(const QHostAddress &address);
    static QString baseUrl(const QString &urlHost, quint16 port);
};

} // namespace Bootcast
