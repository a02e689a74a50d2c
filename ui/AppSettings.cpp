#include "AppSettings.h"

namespace Bootcast {

namespace {
const QString LastProfileKey = QStringLiteral("profiles/last");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString TabKey = QStringLiteral("window/tab");
const QString TrafficHeaderKey = QStringLiteral("traffic/header");
const QString ClientsHeaderKey = QStringLiteral("clients/header");
const QString TrafficServiceKey = QStringLiteral("traffic/serviceFilter");
const QString LastFolderKey = QStringLiteral("files/lastFolder");
const QString LanguageKey = QStringLiteral("ui/language");
} // namespace

QString AppSettings::language() const { return m_settings.value(LanguageKey).toString(); }
void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(LanguageKey);
    else
        m_settings.setValue(LanguageKey, code);
}
QString AppSettings::lastProfile() const { return m_settings.value(LastProfileKey).toString(); }
void AppSettings::setLastProfile(const QString &name) { m_settings.setValue(LastProfileKey, name); }
QByteArray AppSettings::windowGeometry() const { return m_settings.value(GeometryKey).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(GeometryKey, geometry); }
QByteArray AppSettings::windowState() const { return m_settings.value(StateKey).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings.setValue(StateKey, state); }
int AppSettings::currentTab() const { return m_settings.value(TabKey, 0).toInt(); }
void AppSettings::setCurrentTab(int tab) { m_settings.setValue(TabKey, tab); }
QByteArray AppSettings::trafficHeader() const { return m_settings.value(TrafficHeaderKey).toByteArray(); }
void AppSettings::setTrafficHeader(const QByteArray &state) { m_settings.setValue(TrafficHeaderKey, state); }
QByteArray AppSettings::clientsHeader() const { return m_settings.value(ClientsHeaderKey).toByteArray(); }
void AppSettings::setClientsHeader(const QByteArray &state) { m_settings.setValue(ClientsHeaderKey, state); }
int AppSettings::trafficServiceFilter() const { return m_settings.value(TrafficServiceKey, 0).toInt(); }
void AppSettings::setTrafficServiceFilter(int index) { m_settings.setValue(TrafficServiceKey, index); }
QString AppSettings::lastFolder() const { return m_settings.value(LastFolderKey).toString(); }
void AppSettings::setLastFolder(const QString &folder) { m_settings.setValue(LastFolderKey, folder); }

} // namespace Bootcast
