#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Bootcast {

// The window's own preferences (not part of any profile), in QSettings: typed accessors so that keys
// and types live in one place.
class AppSettings
{
public:
    AppSettings() = default;

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    int currentTab() const;
    void setCurrentTab(int tab);

    QByteArray trafficHeader() const;
    void setTrafficHeader(const QByteArray &state);
    QByteArray clientsHeader() const;
    void setClientsHeader(const QByteArray &state);

    int trafficServiceFilter() const; // index in the service filter box, 0: all
    void setTrafficServiceFilter(int index);

    QString language() const; // "de", "zh_CN", "en"; empty: the system's
    void setLanguage(const QString &code);

    QString lastFolder() const; // for file dialogs
    void setLastFolder(const QString &folder);

private:
    mutable QSettings m_settings;
};

} // namespace Bootcast
