#include "HttpDirectoryListing.h"

#include "HttpResponse.h"
#include "files/FileResolver.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Bootcast {

QList<HttpDirectoryListing::Entry> HttpDirectoryListing::read(const QString &folder, const FileResolver &resolver,
                                                              bool *truncated)
{
    QList<Entry> entries;
    if (truncated)
        *truncated = false;
    const QDir dir(folder);
    const QFileInfoList infos = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot,
                                                  QDir::DirsFirst | QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : infos) {
        if (entries.size() >= MaxEntries) {
            if (truncated)
                *truncated = true;
            break;
        }
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !resolver.isInsideRoot(canonical))
            continue; // dangling, or a way out of the root
        const QFileInfo target(canonical);
        if (!target.isDir() && !target.isFile())
            continue;
        entries.append({info.fileName(), target.isDir(), target.isDir() ? 0 : target.size(), target.lastModified()});
    }
    return entries;
}

QByteArray HttpDirectoryListing::encodePath(const QString &path)
{
    return QUrl::toPercentEncoding(path, QByteArrayLiteral("/"));
}

QByteArray HttpDirectoryListing::html(const QString &urlPath, const QList<Entry> &entries, bool truncated)
{
    QString folder = urlPath.isEmpty() ? QStringLiteral("/") : urlPath;
    if (!folder.endsWith(u'/'))
        folder += u'/';
    const QByteArray title = folder.toHtmlEscaped().toUtf8();
    QByteArray out;
    out += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of " + title
        + "</title></head>\n<body><h1>Index of " + title + "</h1>\n<table>\n";
    if (folder != u"/") {
        QString parent = folder.chopped(1);
        parent = parent.left(parent.lastIndexOf(u'/') + 1);
        out += "<tr><td><a href=\"" + encodePath(parent) + "\">../</a></td><td></td><td></td></tr>\n";
    }
    for (const Entry &entry : entries) {
        const QString shown = entry.name + (entry.isFolder ? QStringLiteral("/") : QString());
        out += "<tr><td><a href=\"" + encodePath(folder + shown) + "\">" + shown.toHtmlEscaped().toUtf8()
            + "</a></td><td>" + (entry.isFolder ? QByteArray("-") : QByteArray::number(entry.size)) + "</td><td>"
            + HttpResponse::httpDate(entry.lastModified) + "</td></tr>\n";
    }
    out += "</table>\n";
    if (truncated)
        out += "<p>(only the first " + QByteArray::number(MaxEntries) + " entries are listed)</p>\n";
    out += "</body></html>\n";
    return out;
}

} // namespace Bootcast
