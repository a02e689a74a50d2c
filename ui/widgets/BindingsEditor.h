#pragma once

#include "core/Profile.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Bootcast {

// The profile's reserved machines (dhcp.bindings) as an editable table: MAC, fixed address, host
// name, boot file. Fields the table does not show (router, DNS, raw options) are kept as they were.
class BindingsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { MacColumn, AddressColumn, HostnameColumn, BootFileColumn, ColumnCount };

    explicit BindingsEditor(QWidget *parent = nullptr);

    void setBindings(const QList<Binding> &bindings);
    // The table's rows; a MAC or address that does not parse is reported in problems as
    // "dhcp.bindings[N].mac: ..." and its row is left out.
    QList<Binding> bindings(QStringList *problems = nullptr) const;
    // For tests: appends a row with these texts.
    void addRow(const QString &mac, const QString &address, const QString &hostname = {}, const QString &bootFile = {});

signals:
    void edited();

private:
    void removeSelected();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QList<Binding> m_base; // row -> the binding it was loaded from (keeps the hidden fields)
    bool m_loading = false;
};

} // namespace Bootcast
