#include "FileResolver.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Bootcast {

namespace {

constexpr Qt::CaseSensitivity pathCase =
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

QString joinPath(const QString &folder, const QString &name)
{
    if (folder.endsWith(u'/'))
        return folder + name;
    return folder + u'/' + name;
}

// "..", "...", ". .": names that are, or that Windows turns into, a step upwards.
bool isDotsOnly(QStringView component)
{
    for (QChar c : component) {
        if (c != u'.' && c != u' ')
            return false;
    }
    return true;
}

bool isDriveSpec(QStringView component)
{
    return component.size() >= 2 && component[1] == u':' && component[0].isLetter() && component[0].unicode() < 128;
}

#ifdef Q_OS_WIN
// CON, NUL, COM1, "nul.txt", ...: Windows opens devices under these names in every folder.
bool isWindowsDeviceName(QStringView component)
{
    static const QStringList devices{
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    const QStringView stem = component.left(component.indexOf(u'.')).trimmed();
    if (devices.contains(stem.toString(), Qt::CaseInsensitive))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM", Qt::CaseInsensitive) || stem.startsWith(u"LPT", Qt::CaseInsensitive))
        && stem[3].isDigit();
}
#endif

template <typename T>
Expected<T> fail(FileResolver::Failure kind, FileResolver::Failure *why, QString message)
{
    if (why)
        *why = kind;
    return Expected<T>::failure(std::move(message));
}

} // namespace

FileResolver::FileResolver(const QString &root) : m_root(root)
{
    if (!root.isEmpty()) {
        const QFileInfo info(root);
        if (info.isDir())
            m_canonicalRoot = info.canonicalFilePath();
    }
}

Expected<QStringList> FileResolver::splitName(QStringView clientName)
{
    // The name is quoted in messages as the client sent it, minus anything unprintable.
    auto shown = [clientName] {
        QString s = clientName.toString();
        for (QChar &c : s) {
            if (!c.isPrint())
                c = u'?';
        }
        return s;
    };
    if (clientName.contains(QChar(0)))
        return Expected<QStringList>::failure(tr("\"%1\" contains a NUL byte").arg(shown()));

    QString name = clientName.toString();
    name.replace(u'\\', u'/');
    const QStringList raw = name.split(u'/', Qt::SkipEmptyParts);
    QStringList components;
    components.reserve(raw.size());
    for (const QString &component : raw) {
        if (component == u".")
            continue;
        if (isDotsOnly(component))
            return Expected<QStringList>::failure(tr("\"%1\" tries to leave the folder (\"..\")").arg(shown()));
        if (components.isEmpty() && isDriveSpec(component))
            return Expected<QStringList>::failure(tr("\"%1\" is an absolute Windows path").arg(shown()));
#ifdef Q_OS_WIN
        if (component.contains(u':'))
            return Expected<QStringList>::failure(tr("\"%1\" contains a colon").arg(shown()));
        if (isWindowsDeviceName(component))
            return Expected<QStringList>::failure(tr("\"%1\" names a Windows device").arg(shown()));
#endif
        components.append(component);
    }
    return components;
}

bool FileResolver::isInsideRoot(const QString &canonicalPath) const
{
    if (m_canonicalRoot.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (canonicalPath.compare(m_canonicalRoot, pathCase) == 0)
        return true;
    const QString prefix = m_canonicalRoot.endsWith(u'/') ? m_canonicalRoot : QString(m_canonicalRoot + u'/');
    return canonicalPath.startsWith(prefix, pathCase);
}

QString FileResolver::locate(const QStringList &components, bool *caseFolded) const
{
    QString current = m_canonicalRoot;
    for (const QString &component : components) {
        const QString exact = joinPath(current, component);
        const QFileInfo info(exact);
        if (info.exists() || info.isSymLink()) {
            current = exact;
            continue;
        }
        const QDir folder(current);
        if (!folder.exists())
            return QString();
        const QStringList entries =
            folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        const auto match = std::find_if(entries.cbegin(), entries.cend(), [&component](const QString &entry) {
            return entry.compare(component, Qt::CaseInsensitive) == 0;
        });
        if (match == entries.cend())
            return QString();
        current = joinPath(current, *match);
        *caseFolded = true;
    }
    return current;
}

Expected<ResolvedFile> FileResolver::resolve(QStringView clientName, Failure *why) const
{
    if (why)
        *why = Failure::None;
    const Expected<QStringList> components = splitName(clientName);
    if (!components)
        return fail<ResolvedFile>(Failure::Forbidden, why, components.error());
    if (!rootExists())
        return fail<ResolvedFile>(Failure::NotFound, why, tr("the folder \"%1\" does not exist").arg(m_root));
    if (components->isEmpty())
        return fail<ResolvedFile>(Failure::NotAFile, why, tr("no file name given"));

    const QString name = components->join(u'/');
    bool caseFolded = false;
    const QString located = locate(*components, &caseFolded);
    if (located.isEmpty())
        return fail<ResolvedFile>(Failure::NotFound, why, tr("\"%1\" does not exist").arg(name));

    const QString canonical = QFileInfo(located).canonicalFilePath();
    if (canonical.isEmpty()) // a symbolic link to nowhere
        return fail<ResolvedFile>(Failure::NotFound, why, tr("\"%1\" does not exist").arg(name));
    if (!isInsideRoot(canonical)) {
        qCDebug(lcFiles) << "refused" << name << "->" << canonical << "outside" << m_canonicalRoot;
        return fail<ResolvedFile>(Failure::Forbidden, why, tr("\"%1\" leads outside the folder").arg(name));
    }
    const QFileInfo target(canonical);
    if (!target.isFile()) {
        return fail<ResolvedFile>(Failure::NotAFile, why,
                                  target.isDir() ? tr("\"%1\" is a folder").arg(name)
                                                 : tr("\"%1\" is not a regular file").arg(name));
    }
    if (!target.isReadable())
        return fail<ResolvedFile>(Failure::NotReadable, why, tr("\"%1\" is not readable").arg(name));

    ResolvedFile file;
    file.absolutePath = canonical;
    file.relativePath = located.mid(m_canonicalRoot.endsWith(u'/') ? m_canonicalRoot.size() : m_canonicalRoot.size() + 1);
    file.size = target.size();
    file.lastModified = target.lastModified();
    file.caseFolded = caseFolded;
    return file;
}

Expected<QString> FileResolver::resolveWriteTarget(QStringView clientName, Overwrite overwrite, Failure *why) const
{
    if (why)
        *why = Failure::None;
    Expected<QStringList> components = splitName(clientName);
    if (!components)
        return fail<QString>(Failure::Forbidden, why, components.error());
    if (!rootExists())
        return fail<QString>(Failure::NotFound, why, tr("the folder \"%1\" does not exist").arg(m_root));
    if (components->isEmpty())
        return fail<QString>(Failure::NotAFile, why, tr("no file name given"));

    const QString name = components->join(u'/');
    const QString leaf = components->takeLast();
    bool caseFolded = false;
    const QString located = components->isEmpty() ? m_canonicalRoot : locate(*components, &caseFolded);
    const QString folder = located.isEmpty() ? QString() : QFileInfo(located).canonicalFilePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail<QString>(Failure::NotFound, why, tr("the folder for \"%1\" does not exist").arg(name));
    if (!isInsideRoot(folder)) {
        qCDebug(lcFiles) << "refused upload" << name << "->" << folder << "outside" << m_canonicalRoot;
        return fail<QString>(Failure::Forbidden, why, tr("\"%1\" leads outside the folder").arg(name));
    }

    const QString target = joinPath(folder, leaf);
    const QFileInfo info(target);
    if (info.isSymLink()) // also a dangling one: writing through it would create a file anywhere
        return fail<QString>(Failure::Forbidden, why, tr("\"%1\" is a symbolic link").arg(name));
    if (info.exists()) {
        if (!info.isFile())
            return fail<QString>(Failure::NotAFile, why, tr("\"%1\" is a folder").arg(name));
        if (overwrite == Overwrite::Refuse)
            return fail<QString>(Failure::AlreadyExists, why, tr("\"%1\" already exists").arg(name));
        if (!info.isWritable())
            return fail<QString>(Failure::NotReadable, why, tr("\"%1\" is not writable").arg(name));
    }
    if (!QFileInfo(folder).isWritable())
        return fail<QString>(Failure::NotReadable, why, tr("cannot write into the folder of \"%1\"").arg(name));
    return target;
}

} // namespace Bootcast
