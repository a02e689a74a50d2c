#include "ServiceLight.h"

#include <QPainter>

namespace Bootcast {

namespace {
constexpr int Dot = 12;
}

ServiceLight::ServiceLight(Service service, QWidget *parent) : QWidget(parent)
{
    m_state.service = service;
    setObjectName(QStringLiteral("light_") + serviceTag(service));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    reset();
}

void ServiceLight::reset()
{
    const Service service = m_state.service;
    m_state = ServiceState();
    m_state.service = service;
    setToolTip(statusText());
    update();
}

void ServiceLight::setState(const ServiceState &state)
{
    m_state = state;
    setToolTip(statusText());
    update();
}

QString ServiceLight::statusText() const
{
    const QString name = serviceDisplayName(m_state.service);
    switch (m_state.status) {
    case ServiceState::Status::Listening:
        return tr("%1: listening on %2 port %3")
            .arg(name, m_state.address.isNull() ? tr("all addresses") : m_state.address.toString())
            .arg(m_state.port);
    case ServiceState::Status::Failed: return tr("%1 failed: %2").arg(name, m_state.reason);
    case ServiceState::Status::Disabled: return tr("%1: off in this profile").arg(name);
    case ServiceState::Status::Stopped: return tr("%1: stopped").arg(name);
    }
    return name;
}

QSize ServiceLight::sizeHint() const
{
    const QString name = serviceDisplayName(m_state.service);
    return {Dot + 6 + fontMetrics().horizontalAdvance(name) + 4, qMax(Dot, fontMetrics().height()) + 4};
}

void ServiceLight::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill;
    switch (m_state.status) {
    case ServiceState::Status::Listening: fill = QColor(0x26, 0xa2, 0x69); break;
    case ServiceState::Status::Failed: fill = QColor(0xe0, 0x1b, 0x24); break;
    case ServiceState::Status::Disabled:
    case ServiceState::Status::Stopped: fill = Qt::transparent; break;
    }
    const QColor outline = fill == Qt::transparent ? palette().color(QPalette::Disabled, QPalette::Text) : fill.darker(130);
    const QRect dot(1, (height() - Dot) / 2, Dot, Dot);
    painter.setPen(QPen(outline, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(dot);
    painter.setPen(palette().color(m_state.status == ServiceState::Status::Disabled ? QPalette::Disabled : QPalette::Active,
                                   QPalette::WindowText));
    painter.drawText(QRect(Dot + 6, 0, width() - Dot - 6, height()), Qt::AlignVCenter | Qt::AlignLeft,
                     serviceDisplayName(m_state.service));
}

} // namespace Bootcast
