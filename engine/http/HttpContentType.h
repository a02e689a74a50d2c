#pragma once

#include <QByteArray>
#include <QStringView>

namespace Bootcast {

// Content-Type by file name extension for what a netboot folder holds. Unknown extensions and names
// without one (vmlinuz, initrd) are application/octet-stream.
class HttpContentType
{
public:
    static QByteArray forFileName(QStringView fileName);

    static constexpr const char *Text = "text/plain; charset=utf-8";
    static constexpr const char *Binary = "application/octet-stream";
    static constexpr const char *Html = "text/html; charset=utf-8";
};

} // namespace Bootcast
