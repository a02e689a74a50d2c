#pragma once

#include "core/Service.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Bootcast {

// Filters the traffic table by service and by a client text (part of a MAC or an address).
class TrafficFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TrafficFilterModel(QObject *parent = nullptr);

    // nullopt: every service. Proxy DHCP counts as DHCP.
    void setServiceFilter(std::optional<Bootcast::Service> service);
    std::optional<Service> serviceFilter() const { return m_service; }
    void setClientFilter(const QString &text);
    QString clientFilter() const { return m_client; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Service> m_service;
    QString m_client;
};

} // namespace Bootcast
