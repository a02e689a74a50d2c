#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Bootcast {

class FileResolver;

// The HTML page of a folder (only when the profile has http.directoryListing). Names are
// HTML-escaped in the text and percent-encoded in the links; entries whose target lies outside the
// root (symbolic links out) are left out.
class HttpDirectoryListing
{
public:
    struct Entry
    {
        QString name;
        bool isFolder = false;
        qint64 size = 0;
        QDateTime lastModified;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static constexpr int MaxEntries = 10000;

    // The entries of folder (canonical, inside resolver's root): folders first, then by name.
    static QList<Entry> read(const QString &folder, const FileResolver &resolver, bool *truncated = nullptr);
    // urlPath: the decoded path of the folder as requested ("/", "/isos/").
    static QByteArray html(const QString &urlPath, const QList<Entry> &entries, bool truncated);
    // "/a b/c" -> "/a%20b/c": every character but unreserved ones and '/' percent-encoded.
    static QByteArray encodePath(const QString &path);
};

} // namespace Bootcast
