#include "BindingsEditor.h"

#include "ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bootcast {

BindingsEditor::BindingsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = makeListTable(this, QStringLiteral("bindingsTable"),
                            {tr("MAC"), tr("Fixed address"), tr("Host name"), tr("Boot file")});
    m_table->horizontalHeaderItem(AddressColumn)->setToolTip(tr("Empty: an address from the pool"));
    m_table->horizontalHeaderItem(BootFileColumn)
        ->setToolTip(tr("Empty: chosen by machine type, as for every machine; a file name or URL for this machine only"));
    m_table->horizontalHeader()->setSectionResizeMode(BootFileColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(MacColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00:00:00:00")) + 24);
    m_table->setColumnWidth(AddressColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("000.000.000.000")) + 24);
    m_table->setColumnWidth(HostnameColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("classroom-pc-00")) + 24);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add machine"), this);
    add->setObjectName(QStringLiteral("addBindingButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeBindingButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, MacColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, MacColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &BindingsEditor::removeSelected);
    enableWithSelection(m_remove, m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void BindingsEditor::addRow(const QString &mac, const QString &address, const QString &hostname, const QString &bootFile)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, MacColumn, new QTableWidgetItem(mac));
    m_table->setItem(row, AddressColumn, new QTableWidgetItem(address));
    m_table->setItem(row, HostnameColumn, new QTableWidgetItem(hostname));
    m_table->setItem(row, BootFileColumn, new QTableWidgetItem(bootFile));
    m_loading = wasLoading;
    if (!m_loading)
        emit edited();
}

void BindingsEditor::setBindings(const QList<Binding> &bindings)
{
    m_loading = true;
    m_base = bindings;
    m_table->setRowCount(0);
    for (const Binding &b : bindings)
        addRow(b.mac.toString(), b.address.isNull() ? QString() : b.address.toString(), b.hostname, b.bootFile);
    m_loading = false;
}

QList<Binding> BindingsEditor::bindings(QStringList *problems) const
{
    QList<Binding> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString field = QStringLiteral("dhcp.bindings[%1]").arg(out.size());
        auto text = [this, row](int column) { return m_table->item(row, column)->text().trimmed(); };
        Binding binding = row < m_base.size() ? m_base.at(row) : Binding{};
        const auto mac = MacAddress::fromString(text(MacColumn));
        if (!mac) {
            if (problems)
                problems->append(field + QStringLiteral(".mac: ")
                                 + tr("\"%1\" is not a MAC address (row %2)").arg(text(MacColumn)).arg(row + 1));
            continue;
        }
        binding.mac = *mac;
        binding.address = QHostAddress();
        if (!text(AddressColumn).isEmpty()) {
            const QHostAddress address(text(AddressColumn));
            if (address.protocol() != QAbstractSocket::IPv4Protocol) {
                if (problems)
                    problems->append(field + QStringLiteral(".address: ")
                                     + tr("\"%1\" is not an IPv4 address (row %2)").arg(text(AddressColumn)).arg(row + 1));
                continue;
            }
            binding.address = address;
        }
        binding.hostname = text(HostnameColumn);
        binding.bootFile = text(BootFileColumn);
        out.append(binding);
    }
    return out;
}

void BindingsEditor::removeSelected()
{
    removeSelectedRows(m_table, m_base);
    emit edited();
}

} // namespace Bootcast
