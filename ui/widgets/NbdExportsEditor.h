#pragma once

#include "core/Profile.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Bootcast {

// The NBD exports of a profile as an editable table: name, image file, mode, copy to RAM. Add picks
// an image (kept relative when it lies in the netboot folder); Remove drops the selected rows.
class NbdExportsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, FileColumn, ModeColumn, RamColumn, ColumnCount };

    explicit NbdExportsEditor(QWidget *parent = nullptr);

    void setExports(const QList<Profile::NbdExport> &exports);
    QList<Profile::NbdExport> exports() const;
    // Files inside this folder are stored relative to it, as the profile resolves them.
    void setNetbootFolder(const QString &folder) { m_netbootFolder = folder; }
    // For tests and scripts: adds a row for file (as given) and returns its row.
    int addExport(const QString &file);

signals:
    void edited();

private:
    void chooseAndAdd();
    void removeSelected();
    void insertRow(const Profile::NbdExport &entry);

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_netbootFolder;
    QList<Profile::NbdExport> m_base; // keeps fields the table does not show (description, overlay in RAM)
    bool m_loading = false;
};

} // namespace Bootcast
