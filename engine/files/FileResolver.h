#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Bootcast {

// What a client-supplied name turned into: a regular, readable file inside the root.
// The path is what a file server opens. A later virtual mount (a file inside an ISO image) can
// describe its files with the same struct, the path then naming the image and the member.
struct ResolvedFile
{
    QString absolutePath; // canonical: symbolic links resolved, '/' separated
    QString relativePath; // below the root, as spelled on disk (after the case-insensitive fallback)
    qint64 size = 0;
    QDateTime lastModified;
    bool caseFolded = false; // found only by the case-insensitive fallback

    friend bool operator==(const ResolvedFile &, const ResolvedFile &) = default;
};

// One resolver for TFTP, HTTP and NBD: maps a name a client sent to a file below a root folder, and
// refuses everything that could leave it. Pure file-system logic: no sockets, no Qt event loop.
//
// Names are normalised first: '\' becomes '/', leading '/' are dropped (TFTP clients ask for
// "/pxelinux.0" and mean the root), empty and "." components vanish. Refused outright: NUL bytes,
// ".." components (anywhere, even "a/../b"), components made only of dots and spaces (Windows treats
// "... " like ".."), Windows drive paths ("C:\...", "c:file"). Each component is then looked up exactly,
// and when missing, case-insensitively (the first match in sorted order), so a client asking for
// "PXELINUX.0" gets "pxelinux.0". Finally the canonical path (every symbolic link resolved) must lie
// inside the canonical root; symbolic links that stay inside are fine.
class FileResolver
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::FileResolver)

public:
    // Why a name was not resolved; file servers map it to their status codes
    // (TFTP: NotFound -> error 1, Forbidden/NotAFile/NotReadable -> error 2, AlreadyExists -> error 6;
    // HTTP: 404, 403, 403, 403, 409).
    enum class Failure : quint8 {
        None,
        NotFound,      // no such file, or the root folder itself is missing
        Forbidden,     // the name is hostile or leads outside the root
        NotAFile,      // a folder or a device, not a regular file
        NotReadable,   // exists, but this process may not read (or write) it
        AlreadyExists, // write target exists and overwriting is not allowed
    };

    enum class Overwrite : quint8 { Refuse, Allow };

    explicit FileResolver(const QString &root);

    // The root as given and as canonical path (empty when the folder does not exist).
    QString root() const { return m_root; }
    QString canonicalRoot() const { return m_canonicalRoot; }
    bool rootExists() const { return !m_canonicalRoot.isEmpty(); }

    // A file to read. On failure the message names the file and the problem; why (if given) says
    // which kind of failure it was.
    Expected<ResolvedFile> resolve(QStringView clientName, Failure *why = nullptr) const;

    // Where a file uploaded under clientName is to be written: an absolute path inside the root whose
    // folder exists (folders are not created) and that is not a symbolic link. An existing file is
    // refused unless overwrite is Allow. The caller writes through QSaveFile or similar, so nothing
    // half-written is ever visible under the name.
    Expected<QString> resolveWriteTarget(QStringView clientName, Overwrite overwrite,
                                         Failure *why = nullptr) const;

    // The normalisation step alone: the components of a name, or an error for a hostile name.
    static Expected<QStringList> splitName(QStringView clientName);

    // True when path (canonical) is the canonical root or below it.
    bool isInsideRoot(const QString &canonicalPath) const;

private:
    // Finds each component exactly or case-insensitively below the root (no checks of the result).
    QString locate(const QStringList &components, bool *caseFolded) const;

    QString m_root;
    QString m_canonicalRoot;
};

} // namespace Bootcast
