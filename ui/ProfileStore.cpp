#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Bootcast {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::ProfileStore)
};
} // namespace

ProfileStore::ProfileStore(QString directory) : m_directory(std::move(directory)) {}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
}

QString ProfileStore::fileNameFor(const QString &name)
{
    QString file;
    for (const QChar c : name) {
        const bool keep = c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.';
        file += keep ? c : QChar(u'_');
    }
    while (file.startsWith(u'.'))
        file.replace(0, 1, u'_');
    return file + QStringLiteral(".json");
}

QStringList ProfileStore::names() const
{
    QStringList names;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const auto profile = Profile::load(info.absoluteFilePath());
        const QString name = profile ? profile->name : QString();
        // A file whose content is broken still shows (by file name) so that it can be fixed or deleted.
        names << (name.isEmpty() ? info.completeBaseName() : name);
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return QFileInfo::exists(pathFor(name));
}

QString ProfileStore::pathFor(const QString &name) const
{
    return m_directory + u'/' + fileNameFor(name);
}

Expected<Profile> ProfileStore::load(const QString &name) const
{
    auto profile = Profile::load(pathFor(name));
    if (!profile)
        return profile;
    // Relative paths in a stored profile are relative to the profiles folder.
    if (profile->name.isEmpty())
        profile->name = name;
    return profile;
}

Expected<bool> ProfileStore::save(const Profile &profile) const
{
    if (profile.name.trimmed().isEmpty())
        return Expected<bool>::failure(Tr::tr("name: a profile needs a name"));
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Expected<bool>::failure(problems.join(u'\n'));
    if (!QDir().mkpath(m_directory))
        return Expected<bool>::failure(Tr::tr("cannot create the profiles folder %1").arg(m_directory));
    return profile.save(pathFor(profile.name));
}

Expected<bool> ProfileStore::rename(const QString &from, const QString &to) const
{
    if (to.trimmed().isEmpty())
        return Expected<bool>::failure(Tr::tr("name: a profile needs a name"));
    if (fileNameFor(from).compare(fileNameFor(to), Qt::CaseInsensitive) != 0 && contains(to))
        return Expected<bool>::failure(Tr::tr("a profile named \"%1\" already exists").arg(to));
    auto profile = load(from);
    if (!profile)
        return Expected<bool>::failure(profile.error());
    Profile renamed = *profile;
    renamed.name = to;
    const auto saved = renamed.save(pathFor(to));
    if (!saved)
        return saved;
    if (pathFor(from) != pathFor(to))
        QFile::remove(pathFor(from));
    return true;
}

Expected<bool> ProfileStore::remove(const QString &name) const
{
    if (!QFile::remove(pathFor(name)))
        return Expected<bool>::failure(Tr::tr("cannot delete the profile file %1").arg(pathFor(name)));
    return true;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (!contains(base))
        return base;
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!contains(candidate))
            return candidate;
    }
    return base;
}

} // namespace Bootcast
