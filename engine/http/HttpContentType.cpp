#include "HttpContentType.h"

#include <QString>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace Bootcast {

namespace {

struct Mapping
{
    const char *extension; // lower case, without the dot
    const char *type;
};

// Sorted by extension for the binary search.
constexpr Mapping Mappings[] = {
    {"0", HttpContentType::Binary},          // pxelinux.0
    {"7z", "application/x-7z-compressed"},
    {"bin", HttpContentType::Binary},
    {"bz2", "application/x-bzip2"},
    {"c32", HttpContentType::Binary},       // syslinux modules
    {"cfg", HttpContentType::Text},
    {"conf", HttpContentType::Text},
    {"cpio", "application/x-cpio"},
    {"css", "text/css; charset=utf-8"},
    {"efi", HttpContentType::Binary},
    {"gif", "image/gif"},
    {"gz", "application/gzip"},
    {"htm", HttpContentType::Html},
    {"html", HttpContentType::Html},
    {"ico", "image/vnd.microsoft.icon"},
    {"img", HttpContentType::Binary},
    {"ipxe", HttpContentType::Text},
    {"iso", "application/x-iso9660-image"},
    {"jpeg", "image/jpeg"},
    {"jpg", "image/jpeg"},
    {"js", "text/javascript; charset=utf-8"},
    {"json", "application/json"},
    {"kkpxe", HttpContentType::Binary},
    {"kpxe", HttpContentType::Binary},
    {"lkrn", HttpContentType::Binary},
    {"log", HttpContentType::Text},
    {"lst", HttpContentType::Text},
    {"lz4", HttpContentType::Binary},
    {"md", "text/markdown; charset=utf-8"},
    {"menu", HttpContentType::Text},
    {"pdf", "application/pdf"},
    {"png", "image/png"},
    {"pxe", HttpContentType::Binary},
    {"qcow2", HttpContentType::Binary},
    {"raw", HttpContentType::Binary},
    {"sdi", HttpContentType::Binary},       // Windows boot.sdi
    {"sh", HttpContentType::Text},
    {"sig", "application/pgp-signature"},
    {"squashfs", HttpContentType::Binary},
    {"svg", "image/svg+xml"},
    {"tar", "application/x-tar"},
    {"txt", HttpContentType::Text},
    {"vhd", HttpContentType::Binary},
    {"vhdx", HttpContentType::Binary},
    {"wim", "application/x-ms-wim"},
    {"xml", "application/xml"},
    {"xz", "application/x-xz"},
    {"zip", "application/zip"},
    {"zst", "application/zstd"},
};

constexpr bool sorted()
{
    for (std::size_t i = 1; i < std::size(Mappings); ++i) {
        if (!(std::string_view(Mappings[i - 1].extension) < std::string_view(Mappings[i].extension)))
            return false;
    }
    return true;
}
static_assert(sorted(), "Mappings must be sorted by extension");

} // namespace

QByteArray HttpContentType::forFileName(QStringView fileName)
{
    const qsizetype slash = fileName.lastIndexOf(u'/');
    const QStringView base = slash >= 0 ? fileName.sliced(slash + 1) : fileName;
    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 >= base.size() || base.size() - dot > 16)
        return QByteArray(Binary);
    const QByteArray extension = base.sliced(dot + 1).toString().toLower().toLatin1();
    const auto it = std::lower_bound(std::begin(Mappings), std::end(Mappings), extension,
                                     [](const Mapping &m, const QByteArray &e) {
                                         return std::string_view(m.extension) < std::string_view(e.constData(), size_t(e.size()));
                                     });
    if (it != std::end(Mappings) && extension == it->extension)
        return QByteArray(it->type);
    return QByteArray(Binary);
}

} // namespace Bootcast
