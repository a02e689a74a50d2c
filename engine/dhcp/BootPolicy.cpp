#include "BootPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QUrl>

namespace Bootcast {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::BootPolicy)
};

bool isUrl(const QString &file)
{
    return file.startsWith(u"http://", Qt::CaseInsensitive) || file.startsWith(u"https://", Qt::CaseInsensitive)
        || file.startsWith(u"tftp://", Qt::CaseInsensitive);
}

// The UEFI family an HTTP Boot architecture downloads for.
QString httpToUefi(const QString &tag)
{
    if (tag == u"http-x64")
        return QStringLiteral("uefi-x64");
    if (tag == u"http-ia32")
        return QStringLiteral("uefi-ia32");
    if (tag == u"http-arm64")
        return QStringLiteral("uefi-arm64");
    if (tag == u"http-arm32")
        return QStringLiteral("uefi-arm32");
    return QString();
}

} // namespace

BootPolicy::BootPolicy(Config config) : m_config(std::move(config)) {}

QString BootPolicy::archTag(quint16 arch)
{
    switch (arch) {
    case 0: return QStringLiteral("bios");
    case 6: return QStringLiteral("uefi-ia32");
    case 7:
    case 9: return QStringLiteral("uefi-x64");
    case 10: return QStringLiteral("uefi-arm32");
    case 11: return QStringLiteral("uefi-arm64");
    case 15: return QStringLiteral("http-ia32");
    case 16: return QStringLiteral("http-x64");
    case 18: return QStringLiteral("http-arm32");
    case 19: return QStringLiteral("http-arm64");
    case 27: return QStringLiteral("uefi-riscv64");
    case 28: return QStringLiteral("http-riscv64");
    default: return QStringLiteral("arch-%1").arg(arch);
    }
}

QString BootPolicy::archDisplayName(std::optional<quint16> arch)
{
    if (!arch)
        return Tr::tr("unknown");
    switch (*arch) {
    case 0: return Tr::tr("BIOS");
    case 6: return Tr::tr("UEFI ia32");
    case 7:
    case 9: return Tr::tr("UEFI x64");
    case 10: return Tr::tr("UEFI ARM32");
    case 11: return Tr::tr("UEFI ARM64");
    case 15: return Tr::tr("UEFI HTTP ia32");
    case 16: return Tr::tr("UEFI HTTP x64");
    case 18: return Tr::tr("UEFI HTTP ARM32");
    case 19: return Tr::tr("UEFI HTTP ARM64");
    case 27: return Tr::tr("UEFI RISC-V 64");
    case 28: return Tr::tr("UEFI HTTP RISC-V 64");
    default: return Tr::tr("architecture %1").arg(*arch);
    }
}

bool BootPolicy::isIpxeLoader(const QString &fileName)
{
    const QString name = fileName.section(u'/', -1).toLower();
    static const QStringList loaders{QStringLiteral("undionly.kpxe"), QStringLiteral("undionly.kkpxe"),
                                     QStringLiteral("undionly.pxe"),  QStringLiteral("ipxe.pxe"),
                                     QStringLiteral("ipxe.kpxe"),     QStringLiteral("ipxe.kkpxe"),
                                     QStringLiteral("chainload.kpxe"), QStringLiteral("snponly.efi"),
                                     QStringLiteral("snp.efi")};
    return loaders.contains(name) || (name.startsWith(u"ipxe") && name.endsWith(u".efi"))
        || (name.startsWith(u"snponly") && name.endsWith(u".efi"));
}

QStringList BootPolicy::candidates(const QString &archTag, bool chainloadIpxe)
{
    QStringList ipxe;
    QStringList other;
    if (archTag == u"bios") {
        ipxe = {QStringLiteral("chainload.kpxe"), QStringLiteral("undionly.kpxe"), QStringLiteral("undionly.kkpxe"),
                QStringLiteral("ipxe.pxe"), QStringLiteral("ipxe.kpxe")};
        other = {QStringLiteral("pxelinux.0"), QStringLiteral("lpxelinux.0"), QStringLiteral("gpxelinux.0"),
                 QStringLiteral("bios/pxelinux.0"), QStringLiteral("bios/lpxelinux.0")};
    } else if (archTag == u"uefi-x64") {
        ipxe = {QStringLiteral("ipxe.efi"), QStringLiteral("snponly.efi"), QStringLiteral("ipxe-x86_64.efi"),
                QStringLiteral("snponly-x86_64.efi"), QStringLiteral("x86_64/ipxe.efi"),
                QStringLiteral("x86_64/snponly.efi"), QStringLiteral("snp.efi")};
        other = {QStringLiteral("efi64/syslinux.efi"), QStringLiteral("syslinux.efi"), QStringLiteral("syslinux.efi64"),
                 QStringLiteral("bootx64.efi"),
                 QStringLiteral("grubnetx64.efi"), QStringLiteral("grubx64.efi"), QStringLiteral("shimx64.efi")};
    } else if (archTag == u"uefi-ia32") {
        ipxe = {QStringLiteral("ipxe-i386.efi"), QStringLiteral("snponly-i386.efi"), QStringLiteral("i386/ipxe.efi"),
                QStringLiteral("i386/snponly.efi")};
        other = {QStringLiteral("efi32/syslinux.efi"), QStringLiteral("syslinux.efi32"), QStringLiteral("bootia32.efi"),
                 QStringLiteral("grubia32.efi")};
    } else if (archTag == u"uefi-arm64") {
        ipxe = {QStringLiteral("ipxe-arm64.efi"), QStringLiteral("snponly-arm64.efi"), QStringLiteral("arm64/ipxe.efi"),
                QStringLiteral("arm64/snponly.efi")};
        other = {QStringLiteral("bootaa64.efi"), QStringLiteral("grubnetaa64.efi"), QStringLiteral("grubaa64.efi")};
    } else if (archTag == u"uefi-arm32") {
        ipxe = {QStringLiteral("ipxe-arm32.efi"), QStringLiteral("snponly-arm32.efi"), QStringLiteral("arm32/ipxe.efi")};
        other = {QStringLiteral("bootarm.efi"), QStringLiteral("grubarm.efi")};
    } else if (archTag == u"uefi-riscv64") {
        ipxe = {QStringLiteral("ipxe-riscv64.efi"), QStringLiteral("riscv64/ipxe.efi")};
        other = {QStringLiteral("bootriscv64.efi")};
    }
    return chainloadIpxe ? ipxe + other : other + ipxe;
}

void BootPolicy::rescanIfStale() const
{
    // Listing the folder on every request would be wasteful; files added while serving are seen
    // within a few seconds.
    if (m_scanned.isValid() && m_scanned.elapsed() < 3000)
        return;
    m_scanned.start();
    m_folderFiles.clear();
    const QDir root(m_config.netbootDir);
    if (m_config.netbootDir.isEmpty() || !root.exists())
        return;
    QDirIterator top(root.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    int budget = 4096;
    while (top.hasNext() && --budget > 0) {
        const QFileInfo info = top.nextFileInfo();
        if (info.isFile()) {
            m_folderFiles.insert(info.fileName().toLower(), info.fileName());
        } else if (info.isDir()) {
            QDirIterator sub(info.filePath(), QDir::Files);
            while (sub.hasNext() && --budget > 0) {
                const QFileInfo file = sub.nextFileInfo();
                const QString relative = info.fileName() + u'/' + file.fileName();
                m_folderFiles.insert(relative.toLower(), relative);
            }
        }
    }
}

QString BootPolicy::findInFolder(const QStringList &names) const
{
    rescanIfStale();
    for (const QString &name : names) {
        const auto it = m_folderFiles.constFind(name.toLower());
        if (it != m_folderFiles.cend())
            return *it;
    }
    return QString();
}

QString BootPolicy::asUrl(const QString &file) const
{
    if (isUrl(file))
        return file;
    QString url = QStringLiteral("http://") + m_config.fileServer.toString();
    if (m_config.httpPort != 80)
        url += u':' + QString::number(m_config.httpPort);
    QString path = file;
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    return url + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString BootPolicy::defaultIpxeScript() const
{
    if (!m_config.ipxeScript.isEmpty())
        return m_config.ipxeScript;
    return m_config.httpEnabled ? asUrl(QStringLiteral("boot.ipxe")) : QStringLiteral("boot.ipxe");
}

BootPolicy::Decision BootPolicy::decide(const DhcpClientInfo &client, const QString &bindingBootFile) const
{
    Decision d;
    if (!client.wantsBoot())
        return d; // a plain DHCP client (installer, OS): an address, no boot file
    const quint16 arch = client.arch.value_or(0);
    d.archTag = archTag(arch);

    if (client.isHttpClient) {
        d.vendorClass = QStringLiteral("HTTPClient");
        if (!m_config.httpEnabled) {
            d.problem = Tr::tr("UEFI HTTP Boot client, but the HTTP server is off: turn HTTP on in the profile");
            return d;
        }
        QString file = bindingBootFile.isEmpty() ? m_config.files.value(d.archTag) : bindingBootFile;
        if (file.isEmpty()) {
            const QString uefi = httpToUefi(d.archTag);
            file = m_config.files.value(uefi);
            if (file.isEmpty() && !uefi.isEmpty())
                file = findInFolder(candidates(uefi, true));
        }
        if (file.isEmpty()) {
            d.problem = Tr::tr("no boot file for %1 in %2: add ipxe.efi or set boot.files.%3")
                            .arg(archDisplayName(client.arch), m_config.netbootDir, d.archTag);
            return d;
        }
        d.boot = true;
        d.bootFile = asUrl(file);
        return d;
    }

    d.vendorClass = QStringLiteral("PXEClient");
    if (!bindingBootFile.isEmpty() && !(client.isIpxe && isIpxeLoader(bindingBootFile))) {
        d.boot = true;
        d.bootFile = bindingBootFile;
        return d;
    }

    // A machine already running iPXE gets the script; giving it an iPXE loader again would loop.
    if (client.isIpxe && (m_config.chainloadIpxe || !m_config.ipxeScript.isEmpty())) {
        d.boot = true;
        d.bootFile = defaultIpxeScript();
        return d;
    }

    QString file = m_config.files.value(d.archTag);
    if (file.isEmpty())
        file = findInFolder(candidates(d.archTag, m_config.chainloadIpxe));
    if (file.isEmpty()) {
        d.problem = Tr::tr("no boot file for %1 in %2: add %3 or set boot.files.%4")
                        .arg(archDisplayName(client.arch), m_config.netbootDir,
                             candidates(d.archTag, true).value(0, QStringLiteral("a boot file")), d.archTag);
        return d;
    }
    if (client.isIpxe && isIpxeLoader(file)) {
        // iPXE ROM, profile without iPXE chaining, folder holding only iPXE loaders: break the loop.
        file = defaultIpxeScript();
    }
    d.boot = true;
    d.bootFile = file;
    return d;
}

} // namespace Bootcast
