#pragma once

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>
#include <functional>

namespace Bootcast {

// Helpers shared by the Settings tab's list editors (reserved machines, NBD exports).

// A table for editing a list: whole rows are selected, no row numbers.
inline QTableWidget *makeListTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

// Remove is enabled only while rows are selected.
inline void enableWithSelection(QPushButton *remove, QTableWidget *table)
{
    remove->setEnabled(false);
    QObject::connect(table, &QTableWidget::itemSelectionChanged, remove,
                     [remove, table] { remove->setEnabled(!table->selectionModel()->selectedRows().isEmpty()); });
}

// Removes the selected rows and the same entries of shadow (the list the rows were loaded from, kept
// for the fields the table does not show), last first so the other rows keep their numbers.
template <typename T>
void removeSelectedRows(QTableWidget *table, QList<T> &shadow)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        table->removeRow(row);
        if (row < shadow.size())
            shadow.removeAt(row);
    }
}

} // namespace Bootcast
