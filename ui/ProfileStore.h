#pragma once

#include "core/Expected.h"
#include "core/Profile.h"

#include <QString>
#include <QStringList>

namespace Bootcast {

// The profiles the window offers: one JSON file per profile in a folder (by default
// QStandardPaths::AppConfigLocation + "/profiles"), read and written with Profile::load/save.
// A profile's file is named after the profile; names are unique, case-insensitively.
class ProfileStore
{
public:
    explicit ProfileStore(QString directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Profile names, sorted.
    QStringList names() const;
    bool contains(const QString &name) const;
    QString pathFor(const QString &name) const;

    Expected<Profile> load(const QString &name) const;
    // Writes the profile under its name (replacing a profile of that name). Refuses an invalid profile.
    Expected<bool> save(const Profile &profile) const;
    Expected<bool> rename(const QString &from, const QString &to) const;
    Expected<bool> remove(const QString &name) const;
    // A name not in use yet: "base", "base 2", "base 3", ...
    QString uniqueName(const QString &base) const;

    // A file name for a profile name: letters, digits, space, '-', '_' and '.' kept, the rest '_'.
    static QString fileNameFor(const QString &name);

private:
    QString m_directory;
};

} // namespace Bootcast
