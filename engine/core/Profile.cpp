#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bootcast {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::Profile)
};

// Reads one JSON object strictly: every key must be consumed, every value must have the right type.
// The first problem wins and names the full field path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &key, const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = field(key) + u": " + message;
    }

    const QJsonValue value(const QString &key)
    {
        m_seen.append(key);
        return m_object.value(key);
    }

    void readString(const QString &key, QString &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, Tr::tr("expected text"));
        out = v.toString();
    }

    void readBool(const QString &key, bool &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(key, Tr::tr("expected true or false"));
        out = v.toBool();
    }

    template <typename Int>
    void readInt(const QString &key, Int &out, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(key, Tr::tr("expected a whole number"));
        if (qint64(d) < min || qint64(d) > max)
            return fail(key, Tr::tr("%1 is out of range (%2 to %3)").arg(qint64(d)).arg(min).arg(max));
        out = Int(d);
    }

    void readPort(const QString &key, quint16 &out, bool allowZero = false)
    {
        readInt(key, out, allowZero ? 0 : 1, 65535);
    }

    void readAddress(const QString &key, QHostAddress &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, Tr::tr("expected an IPv4 address as text"));
        if (v.toString().isEmpty()) {
            out = QHostAddress();
            return;
        }
        const auto parsed = parseIPv4(v.toString());
        if (!parsed)
            return fail(key, Tr::tr("\"%1\" is not an IPv4 address").arg(v.toString()));
        out = *parsed;
    }

    void readAddressList(const QString &key, QList<QHostAddress> &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        QList<QHostAddress> list;
        const QJsonArray array = v.isString() ? QJsonArray{v} : v.toArray();
        if (!v.isString() && !v.isArray())
            return fail(key, Tr::tr("expected a list of IPv4 addresses"));
        for (const QJsonValue &item : array) {
            const auto parsed = item.isString() ? parseIPv4(item.toString()) : std::nullopt;
            if (!parsed)
                return fail(key, Tr::tr("\"%1\" is not an IPv4 address").arg(item.toVariant().toString()));
            list.append(*parsed);
        }
        out = list;
    }

    void readStringList(const QString &key, QStringList &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray())
            return fail(key, Tr::tr("expected a list of text values"));
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(key, Tr::tr("expected a list of text values"));
            list.append(item.toString());
        }
        out = list;
    }

    QJsonObject readObject(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(key, Tr::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }

    // Reports the first key that nobody read.
    void finish()
    {
        if (failed())
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()))
                return fail(it.key(), Tr::tr("unknown setting"));
        }
    }

    static std::optional<QHostAddress> parseIPv4(const QString &text)
    {
        QHostAddress address;
        // QHostAddress accepts shorthand such as "10.1"; a profile must spell all four parts.
        if (text.count(u'.') != 3 || !address.setAddress(text)
            || address.protocol() != QAbstractSocket::IPv4Protocol)
            return std::nullopt;
        return address;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList m_seen;
};

QJsonValue addressJson(const QHostAddress &address)
{
    return address.isNull() ? QJsonValue(QString()) : QJsonValue(address.toString());
}

QJsonArray addressListJson(const QList<QHostAddress> &list)
{
    QJsonArray array;
    for (const QHostAddress &a : list)
        array.append(a.toString());
    return array;
}

bool sameSubnet(const QHostAddress &a, const QHostAddress &b, const QHostAddress &mask)
{
    const quint32 m = mask.toIPv4Address();
    return (a.toIPv4Address() & m) == (b.toIPv4Address() & m);
}

bool isValidMask(const QHostAddress &mask)
{
    const quint32 m = mask.toIPv4Address();
    return m != 0 && ((~m + 1) & ~m) == 0; // contiguous ones, then zeros
}

QJsonObject optionsJson(const QMap<quint8, QByteArray> &options)
{
    QJsonObject out;
    for (auto it = options.begin(); it != options.end(); ++it)
        out.insert(QString::number(it.key()), QString::fromLatin1("hex:" + it.value().toHex()));
    return out;
}

} // namespace

QString dhcpModeTag(DhcpMode mode)
{
    switch (mode) {
    case DhcpMode::Off: return QStringLiteral("off");
    case DhcpMode::Full: return QStringLiteral("full");
    case DhcpMode::Proxy: return QStringLiteral("proxy");
    }
    return QString();
}

QString nbdModeTag(int mode)
{
    switch (Profile::NbdExport::Mode(mode)) {
    case Profile::NbdExport::Mode::ReadOnly: return QStringLiteral("read-only");
    case Profile::NbdExport::Mode::CopyOnWrite: return QStringLiteral("copy-on-write");
    case Profile::NbdExport::Mode::ReadWrite: return QStringLiteral("read-write");
    }
    return QString();
}

std::optional<DhcpMode> dhcpModeFromTag(QStringView tag)
{
    for (DhcpMode mode : {DhcpMode::Off, DhcpMode::Full, DhcpMode::Proxy}) {
        if (tag.compare(dhcpModeTag(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QJsonObject Profile::toJson() const
{
    QJsonArray bindings;
    for (const Binding &b : dhcp.bindings) {
        QJsonObject o{{QStringLiteral("mac"), b.mac.toString()}};
        if (!b.address.isNull())
            o.insert(QStringLiteral("address"), b.address.toString());
        if (!b.hostname.isEmpty())
            o.insert(QStringLiteral("hostname"), b.hostname);
        if (!b.bootFile.isEmpty())
            o.insert(QStringLiteral("bootFile"), b.bootFile);
        if (!b.subnetMask.isNull())
            o.insert(QStringLiteral("subnetMask"), b.subnetMask.toString());
        if (!b.router.isNull())
            o.insert(QStringLiteral("router"), b.router.toString());
        if (!b.dns.isEmpty())
            o.insert(QStringLiteral("dns"), addressListJson(b.dns));
        if (!b.options.isEmpty())
            o.insert(QStringLiteral("options"), optionsJson(b.options));
        bindings.append(o);
    }

    QJsonArray nbdExports;
    for (const NbdExport &e : nbd.exports) {
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("file"), e.file},
                      {QStringLiteral("mode"), nbdModeTag(int(e.mode))}};
        if (e.overlayInMemory)
            o.insert(QStringLiteral("overlayInMemory"), true);
        if (e.copyToRam)
            o.insert(QStringLiteral("copyToRam"), true);
        if (!e.description.isEmpty())
            o.insert(QStringLiteral("description"), e.description);
        nbdExports.append(o);
    }

    QJsonObject files;
    for (auto it = boot.files.begin(); it != boot.files.end(); ++it)
        files.insert(it.key(), it.value());

    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("interface"), interfaceName},
        {QStringLiteral("serverAddress"), addressJson(serverAddress)},
        {QStringLiteral("dhcp"),
         QJsonObject{
             {QStringLiteral("mode"), dhcpModeTag(dhcp.mode)},
             {QStringLiteral("port"), dhcp.port},
             {QStringLiteral("proxyPort"), dhcp.proxyPort},
             {QStringLiteral("clientPort"), dhcp.clientPort},
             {QStringLiteral("poolBegin"), addressJson(dhcp.poolBegin)},
             {QStringLiteral("poolEnd"), addressJson(dhcp.poolEnd)},
             {QStringLiteral("subnetMask"), addressJson(dhcp.subnetMask)},
             {QStringLiteral("router"), addressJson(dhcp.router)},
             {QStringLiteral("dns"), addressListJson(dhcp.dns)},
             {QStringLiteral("domain"), dhcp.domain},
             {QStringLiteral("broadcast"), addressJson(dhcp.broadcast)},
             {QStringLiteral("fileServer"), addressJson(dhcp.fileServer)},
             {QStringLiteral("leaseTime"), qint64(dhcp.leaseSeconds)},
             {QStringLiteral("allowListOnly"), dhcp.allowListOnly},
             {QStringLiteral("allowOtherServers"), dhcp.allowOtherServers},
             {QStringLiteral("leasesFile"), dhcp.leasesFile},
             {QStringLiteral("bindings"), bindings},
         }},
        {QStringLiteral("boot"),
         QJsonObject{
             {QStringLiteral("netbootDir"), boot.netbootDir},
             {QStringLiteral("files"), files},
             {QStringLiteral("chainloadIpxe"), boot.chainloadIpxe},
             {QStringLiteral("ipxeScript"), boot.ipxeScript},
         }},
        {QStringLiteral("tftp"),
         QJsonObject{
             {QStringLiteral("enabled"), tftp.enabled},
             {QStringLiteral("address"), addressJson(tftp.address)},
             {QStringLiteral("port"), tftp.port},
             {QStringLiteral("portRangeBegin"), tftp.portRangeBegin},
             {QStringLiteral("portRangeEnd"), tftp.portRangeEnd},
             {QStringLiteral("timeoutMsecs"), tftp.timeoutMsecs},
             {QStringLiteral("retries"), tftp.retries},
             {QStringLiteral("maxBlockSize"), tftp.maxBlockSize},
             {QStringLiteral("uploadDir"), tftp.uploadDir},
         }},
        {QStringLiteral("http"),
         QJsonObject{
             {QStringLiteral("enabled"), http.enabled},
             {QStringLiteral("address"), addressJson(http.address)},
             {QStringLiteral("port"), http.port},
             {QStringLiteral("renderTemplates"), http.renderTemplates},
             {QStringLiteral("directoryListing"), http.directoryListing},
             {QStringLiteral("maxConnections"), http.maxConnections},
         }},
        {QStringLiteral("nbd"),
         QJsonObject{
             {QStringLiteral("enabled"), nbd.enabled},
             {QStringLiteral("address"), addressJson(nbd.address)},
             {QStringLiteral("port"), nbd.port},
             {QStringLiteral("maxClients"), nbd.maxClients},
             {QStringLiteral("exports"), nbdExports},
         }},
        {QStringLiteral("log"),
         QJsonObject{
             {QStringLiteral("debug"), QJsonArray::fromStringList(log.debug)},
             {QStringLiteral("verbose"), QJsonArray::fromStringList(log.verbose)},
         }},
    };
}

Expected<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile p;
    QString error;
    ObjectReader top(json, QString(), &error);
    top.readString(QStringLiteral("name"), p.name);
    top.readString(QStringLiteral("interface"), p.interfaceName);
    top.readAddress(QStringLiteral("serverAddress"), p.serverAddress);

    {
        ObjectReader r(top.readObject(QStringLiteral("dhcp")), QStringLiteral("dhcp"), &error);
        QString mode = dhcpModeTag(p.dhcp.mode);
        r.readString(QStringLiteral("mode"), mode);
        if (const auto m = dhcpModeFromTag(mode))
            p.dhcp.mode = *m;
        else
            r.fail(QStringLiteral("mode"), Tr::tr("\"%1\" is not one of off, full, proxy").arg(mode));
        r.readPort(QStringLiteral("port"), p.dhcp.port);
        r.readPort(QStringLiteral("proxyPort"), p.dhcp.proxyPort);
        r.readPort(QStringLiteral("clientPort"), p.dhcp.clientPort);
        r.readAddress(QStringLiteral("poolBegin"), p.dhcp.poolBegin);
        r.readAddress(QStringLiteral("poolEnd"), p.dhcp.poolEnd);
        r.readAddress(QStringLiteral("subnetMask"), p.dhcp.subnetMask);
        r.readAddress(QStringLiteral("router"), p.dhcp.router);
        r.readAddressList(QStringLiteral("dns"), p.dhcp.dns);
        r.readString(QStringLiteral("domain"), p.dhcp.domain);
        r.readAddress(QStringLiteral("broadcast"), p.dhcp.broadcast);
        r.readAddress(QStringLiteral("fileServer"), p.dhcp.fileServer);
        r.readInt(QStringLiteral("leaseTime"), p.dhcp.leaseSeconds, 60, 365LL * 24 * 3600);
        r.readBool(QStringLiteral("allowListOnly"), p.dhcp.allowListOnly);
        r.readBool(QStringLiteral("allowOtherServers"), p.dhcp.allowOtherServers);
        r.readString(QStringLiteral("leasesFile"), p.dhcp.leasesFile);
        const QJsonValue bindings = r.value(QStringLiteral("bindings"));
        if (!bindings.isUndefined() && !bindings.isNull() && !bindings.isArray())
            r.fail(QStringLiteral("bindings"), Tr::tr("expected a list"));
        const QJsonArray array = bindings.toArray();
        for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
            const QString path = QStringLiteral("dhcp.bindings[%1]").arg(i);
            if (!array.at(i).isObject()) {
                error = path + u": " + Tr::tr("expected an object");
                break;
            }
            ObjectReader b(array.at(i).toObject(), path, &error);
            Binding binding;
            QString mac;
            b.readString(QStringLiteral("mac"), mac);
            if (const auto parsed = MacAddress::fromString(mac))
                binding.mac = *parsed;
            else
                b.fail(QStringLiteral("mac"), Tr::tr("\"%1\" is not a MAC address").arg(mac));
            b.readAddress(QStringLiteral("address"), binding.address);
            b.readString(QStringLiteral("hostname"), binding.hostname);
            b.readString(QStringLiteral("bootFile"), binding.bootFile);
            b.readAddress(QStringLiteral("subnetMask"), binding.subnetMask);
            b.readAddress(QStringLiteral("router"), binding.router);
            b.readAddressList(QStringLiteral("dns"), binding.dns);
            const QJsonObject options = b.readObject(QStringLiteral("options"));
            for (auto it = options.begin(); it != options.end(); ++it) {
                bool ok = false;
                const uint code = it.key().toUInt(&ok);
                if (!ok || code == 0 || code >= 255) {
                    b.fail(QStringLiteral("options"), Tr::tr("\"%1\" is not a DHCP option code (1 to 254)").arg(it.key()));
                    break;
                }
                if (!it.value().isString()) {
                    b.fail(QStringLiteral("options"), Tr::tr("option %1: expected text or \"hex:...\"").arg(code));
                    break;
                }
                const QString text = it.value().toString();
                QByteArray payload;
                if (text.startsWith(u"hex:")) {
                    const QByteArray hex = text.mid(4).toLatin1().replace(':', "");
                    payload = QByteArray::fromHex(hex);
                    if (payload.toHex() != hex.toLower()) {
                        b.fail(QStringLiteral("options"), Tr::tr("option %1: \"%2\" is not hexadecimal").arg(code).arg(text));
                        break;
                    }
                } else {
                    payload = text.toUtf8();
                }
                if (payload.size() > 255) {
                    b.fail(QStringLiteral("options"), Tr::tr("option %1: longer than 255 bytes").arg(code));
                    break;
                }
                binding.options.insert(quint8(code), payload);
            }
            b.finish();
            p.dhcp.bindings.append(binding);
        }
        r.finish();
    }
    {
        ObjectReader r(top.readObject(QStringLiteral("boot")), QStringLiteral("boot"), &error);
        r.readString(QStringLiteral("netbootDir"), p.boot.netbootDir);
        const QJsonObject files = r.readObject(QStringLiteral("files"));
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (!it.value().isString()) {
                r.fail(QStringLiteral("files"), Tr::tr("%1: expected a file name").arg(it.key()));
                break;
            }
            p.boot.files.insert(it.key(), it.value().toString());
        }
        r.readBool(QStringLiteral("chainloadIpxe"), p.boot.chainloadIpxe);
        r.readString(QStringLiteral("ipxeScript"), p.boot.ipxeScript);
        r.finish();
    }
    {
        ObjectReader r(top.readObject(QStringLiteral("tftp")), QStringLiteral("tftp"), &error);
        r.readBool(QStringLiteral("enabled"), p.tftp.enabled);
        r.readAddress(QStringLiteral("address"), p.tftp.address);
        r.readPort(QStringLiteral("port"), p.tftp.port);
        r.readPort(QStringLiteral("portRangeBegin"), p.tftp.portRangeBegin, true);
        r.readPort(QStringLiteral("portRangeEnd"), p.tftp.portRangeEnd, true);
        r.readInt(QStringLiteral("timeoutMsecs"), p.tftp.timeoutMsecs, 100, 255000);
        r.readInt(QStringLiteral("retries"), p.tftp.retries, 1, 100);
        r.readInt(QStringLiteral("maxBlockSize"), p.tftp.maxBlockSize, 0, 65464);
        r.readString(QStringLiteral("uploadDir"), p.tftp.uploadDir);
        r.finish();
    }
    {
        ObjectReader r(top.readObject(QStringLiteral("http")), QStringLiteral("http"), &error);
        r.readBool(QStringLiteral("enabled"), p.http.enabled);
        r.readAddress(QStringLiteral("address"), p.http.address);
        r.readPort(QStringLiteral("port"), p.http.port);
        r.readBool(QStringLiteral("renderTemplates"), p.http.renderTemplates);
        r.readBool(QStringLiteral("directoryListing"), p.http.directoryListing);
        r.readInt(QStringLiteral("maxConnections"), p.http.maxConnections, 1, 65536);
        r.finish();
    }
    {
        ObjectReader r(top.readObject(QStringLiteral("nbd")), QStringLiteral("nbd"), &error);
        r.readBool(QStringLiteral("enabled"), p.nbd.enabled);
        r.readAddress(QStringLiteral("address"), p.nbd.address);
        r.readPort(QStringLiteral("port"), p.nbd.port);
        r.readInt(QStringLiteral("maxClients"), p.nbd.maxClients, 1, 4096);
        const QJsonValue exports = r.value(QStringLiteral("exports"));
        if (!exports.isUndefined() && !exports.isNull() && !exports.isArray())
            r.fail(QStringLiteral("exports"), Tr::tr("expected a list"));
        const QJsonArray array = exports.toArray();
        for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
            const QString path = QStringLiteral("nbd.exports[%1]").arg(i);
            if (!array.at(i).isObject()) {
                error = path + u": " + Tr::tr("expected an object");
                break;
            }
            ObjectReader e(array.at(i).toObject(), path, &error);
            NbdExport ex;
            e.readString(QStringLiteral("name"), ex.name);
            e.readString(QStringLiteral("file"), ex.file);
            QString mode = nbdModeTag(int(ex.mode));
            e.readString(QStringLiteral("mode"), mode);
            bool known = false;
            for (int m = 0; m < 3; ++m) {
                if (mode == nbdModeTag(m)) {
                    ex.mode = NbdExport::Mode(m);
                    known = true;
                }
            }
            if (!known)
                e.fail(QStringLiteral("mode"),
                       Tr::tr("\"%1\" is not one of read-only, copy-on-write, read-write").arg(mode));
            e.readBool(QStringLiteral("overlayInMemory"), ex.overlayInMemory);
            e.readBool(QStringLiteral("copyToRam"), ex.copyToRam);
            e.readString(QStringLiteral("description"), ex.description);
            e.finish();
            p.nbd.exports.append(ex);
        }
        r.finish();
    }
    {
        ObjectReader r(top.readObject(QStringLiteral("log")), QStringLiteral("log"), &error);
        r.readStringList(QStringLiteral("debug"), p.log.debug);
        r.readStringList(QStringLiteral("verbose"), p.log.verbose);
        r.finish();
    }
    top.finish();

    if (!error.isEmpty())
        return Expected<Profile>::failure(error);
    const QStringList problems = p.validate();
    if (!problems.isEmpty())
        return Expected<Profile>::failure(problems.join(u'\n'));
    return p;
}

Expected<Profile> Profile::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Expected<Profile>::failure(
            Tr::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Expected<Profile>::failure(Tr::tr("a profile must be a JSON object"));
    return fromJson(doc.object());
}

Expected<Profile> Profile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Profile>::failure(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Expected<Profile>::failure(Tr::tr("%1 is too large to be a profile").arg(path));
    auto result = fromJsonBytes(file.readAll());
    if (!result)
        return Expected<Profile>::failure(path + u": " + result.error());
    result->baseDirectory = QFileInfo(path).absolutePath();
    return result;
}

Expected<bool> Profile::save(const QString &path) const
{
    const QStringList problems = validate();
    if (!problems.isEmpty())
        return Expected<bool>::failure(problems.join(u'\n'));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Expected<bool>::failure(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Expected<bool>::failure(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

QStringList Profile::validate() const
{
    QStringList problems;
    const auto problem = [&problems](const QString &field, const QString &text) {
        problems.append(field + u": " + text);
    };

    if (dhcp.mode != DhcpMode::Off) {
        if (serverAddress.isNull())
            problem(QStringLiteral("serverAddress"), Tr::tr("DHCP needs the server's own IPv4 address"));
        if (dhcp.port == dhcp.proxyPort && dhcp.mode == DhcpMode::Proxy)
            problem(QStringLiteral("dhcp.proxyPort"), Tr::tr("must differ from dhcp.port"));
    }
    if (!isValidMask(dhcp.subnetMask))
        problem(QStringLiteral("dhcp.subnetMask"), Tr::tr("%1 is not a subnet mask").arg(dhcp.subnetMask.toString()));
    if (dhcp.mode == DhcpMode::Full && problems.isEmpty()) {
        const bool allStatic = dhcp.poolBegin.isNull() && dhcp.poolEnd.isNull() && !dhcp.bindings.isEmpty();
        if (!allStatic) {
            if (dhcp.poolBegin.isNull())
                problem(QStringLiteral("dhcp.poolBegin"), Tr::tr("full DHCP mode needs an address pool"));
            if (dhcp.poolEnd.isNull())
                problem(QStringLiteral("dhcp.poolEnd"), Tr::tr("full DHCP mode needs an address pool"));
        }
        if (!dhcp.poolBegin.isNull() && !dhcp.poolEnd.isNull()) {
            if (dhcp.poolBegin.toIPv4Address() > dhcp.poolEnd.toIPv4Address())
                problem(QStringLiteral("dhcp.poolEnd"), Tr::tr("%1 comes before the pool's first address %2")
                                                            .arg(dhcp.poolEnd.toString(), dhcp.poolBegin.toString()));
            for (const auto &[field, address] : {std::pair{QStringLiteral("dhcp.poolBegin"), dhcp.poolBegin},
                                                 std::pair{QStringLiteral("dhcp.poolEnd"), dhcp.poolEnd}}) {
                if (!sameSubnet(address, serverAddress, dhcp.subnetMask))
                    problem(field, Tr::tr("%1 is not in the server's subnet %2/%3")
                                       .arg(address.toString(), serverAddress.toString(), dhcp.subnetMask.toString()));
            }
            if (dhcp.poolEnd.toIPv4Address() - dhcp.poolBegin.toIPv4Address() > 65535)
                problem(QStringLiteral("dhcp.poolEnd"), Tr::tr("the pool holds more than 65536 addresses"));
        }
        if (!dhcp.router.isNull() && !sameSubnet(dhcp.router, serverAddress, dhcp.subnetMask))
            problem(QStringLiteral("dhcp.router"), Tr::tr("%1 is not in the server's subnet").arg(dhcp.router.toString()));
    }
    QSet<MacAddress> macs;
    QSet<quint32> addresses;
    for (qsizetype i = 0; i < dhcp.bindings.size(); ++i) {
        const Binding &b = dhcp.bindings.at(i);
        const QString field = QStringLiteral("dhcp.bindings[%1]").arg(i);
        if (macs.contains(b.mac))
            problem(field + u".mac", Tr::tr("MAC %1 has two bindings").arg(b.mac.toString()));
        macs.insert(b.mac);
        if (!b.address.isNull()) {
            if (addresses.contains(b.address.toIPv4Address()))
                problem(field + u".address", Tr::tr("%1 is bound to two machines").arg(b.address.toString()));
            addresses.insert(b.address.toIPv4Address());
            if (dhcp.mode == DhcpMode::Full && !serverAddress.isNull()
                && !sameSubnet(b.address, serverAddress, b.subnetMask.isNull() ? dhcp.subnetMask : b.subnetMask))
                problem(field + u".address", Tr::tr("%1 is not in the server's subnet").arg(b.address.toString()));
        }
    }
    if ((tftp.portRangeBegin == 0) != (tftp.portRangeEnd == 0))
        problem(QStringLiteral("tftp.portRangeBegin"), Tr::tr("give both ends of the port range, or neither"));
    else if (tftp.portRangeBegin > tftp.portRangeEnd)
        problem(QStringLiteral("tftp.portRangeEnd"), Tr::tr("the range ends before it begins"));
    QSet<QString> exportNames;
    for (qsizetype i = 0; i < nbd.exports.size(); ++i) {
        const NbdExport &e = nbd.exports.at(i);
        const QString field = QStringLiteral("nbd.exports[%1]").arg(i);
        if (e.file.isEmpty())
            problem(field + u".file", Tr::tr("an export needs a disk image or ISO file"));
        if (exportNames.contains(e.name))
            problem(field + u".name", Tr::tr("the export name \"%1\" is used twice").arg(e.name));
        exportNames.insert(e.name);
        if (e.name.toUtf8().size() > 4096)
            problem(field + u".name", Tr::tr("longer than 4096 bytes"));
    }
    if (tftp.maxBlockSize != 0 && tftp.maxBlockSize < 8)
        problem(QStringLiteral("tftp.maxBlockSize"), Tr::tr("must be 0 (automatic) or at least 8"));
    static const QStringList services{QStringLiteral("dhcp"), QStringLiteral("tftp"), QStringLiteral("http"),
                                      QStringLiteral("nbd"), QStringLiteral("all")};
    for (const auto &[field, list] : {std::pair{QStringLiteral("log.debug"), log.debug},
                                      std::pair{QStringLiteral("log.verbose"), log.verbose}}) {
        for (const QString &s : list) {
            if (!services.contains(s.toLower()))
                problem(field, Tr::tr("\"%1\" is not one of dhcp, tftp, http, nbd, all").arg(s));
        }
    }
    return problems;
}

Profile Profile::defaultProfile()
{
    Profile p;
    p.name = QStringLiteral("Default"); // a saved name, not a label: the same in every language
    p.dhcp.mode = DhcpMode::Off;
    p.tftp.enabled = true;
    return p;
}

QString Profile::resolvePath(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    const QString base = baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory;
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

QString Profile::resolvedNetbootDir() const
{
    return boot.netbootDir.isEmpty() ? bundledNetbootDir() : resolvePath(boot.netbootDir);
}

QString Profile::resolvedLeasesFile() const
{
    if (!dhcp.leasesFile.isEmpty())
        return resolvePath(dhcp.leasesFile);
    QString safeName = name;
    for (QChar &c : safeName) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    if (safeName.isEmpty())
        safeName = QStringLiteral("default");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/leases/" + safeName
        + u".leases";
}

QHostAddress Profile::effectiveFileServer() const
{
    return dhcp.fileServer.isNull() ? serverAddress : dhcp.fileServer;
}

QHostAddress Profile::effectiveBroadcast() const
{
    if (!dhcp.broadcast.isNull())
        return dhcp.broadcast;
    if (serverAddress.isNull())
        return QHostAddress(QHostAddress::Broadcast);
    return QHostAddress(serverAddress.toIPv4Address() | ~dhcp.subnetMask.toIPv4Address());
}

Profile Profile::withListenersOnAdapter() const
{
    Profile narrowed = *this;
    if (interfaceName.isEmpty() || serverAddress.protocol() != QAbstractSocket::IPv4Protocol)
        return narrowed;
    for (QHostAddress *address : {&narrowed.tftp.address, &narrowed.http.address, &narrowed.nbd.address}) {
        if (*address == QHostAddress(QHostAddress::AnyIPv4) || *address == QHostAddress(QHostAddress::Any)
            || address->isNull())
            *address = serverAddress;
    }
    return narrowed;
}

QString bundledNetbootDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{appDir + u"/netboot", appDir + u"/../share/bootcast/netboot"}) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(appDir + u"/netboot");
}

} // namespace Bootcast
