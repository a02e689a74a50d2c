#pragma once

#include "core/ServiceState.h"

#include <QWidget>

namespace Bootcast {

// One status light: a coloured dot and the service's name. Green: listening; red: failed (the reason
// is in the tooltip and in the window's status line); grey: off or stopped.
class ServiceLight : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceLight(Service service, QWidget *parent = nullptr);

    void setState(const Bootcast::ServiceState &state);
    void reset(); // stopped
    const ServiceState &state() const { return m_state; }
    QString statusText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ServiceState m_state;
};

} // namespace Bootcast
