#include "TrafficFilterModel.h"

#include "TrafficModel.h"

namespace Bootcast {

TrafficFilterModel::TrafficFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // rows arrive in time order; no sorting, filtering on insert only
}

void TrafficFilterModel::setServiceFilter(std::optional<Service> service)
{
    if (m_service == service)
        return;
    m_service = service;
    invalidateRowsFilter();
}

void TrafficFilterModel::setClientFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_client == trimmed)
        return;
    m_client = trimmed;
    invalidateRowsFilter();
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *traffic = qobject_cast<const TrafficModel *>(sourceModel());
    if (!traffic)
        return true;
    const TrafficEvent &event = traffic->event(sourceRow);
    if (m_service) {
        const bool dhcpFamily = *m_service == Service::Dhcp || *m_service == Service::ProxyDhcp;
        const bool eventDhcp = event.service == Service::Dhcp || event.service == Service::ProxyDhcp;
        if (dhcpFamily ? !eventDhcp : event.service != *m_service)
            return false;
    }
    if (!m_client.isEmpty() && !TrafficModel::clientText(event).contains(m_client, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Bootcast
