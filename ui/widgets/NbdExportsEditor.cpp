#include "NbdExportsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include "ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bootcast {

namespace {

using Mode = Profile::NbdExport::Mode;
constexpr Mode Modes[] = {Mode::ReadOnly, Mode::CopyOnWrite, Mode::ReadWrite};

} // namespace

NbdExportsEditor::NbdExportsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = makeListTable(this, QStringLiteral("nbdExportsTable"),
                            {tr("Export name"), tr("Image file"), tr("Clients may"), tr("Copy to RAM")});
    m_table->horizontalHeaderItem(NameColumn)->setToolTip(tr("What clients ask for (nbd-client -N NAME); empty is the default export"));
    m_table->horizontalHeaderItem(RamColumn)->setToolTip(tr("Read the whole image into memory at start: fastest for many clients"));
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RamColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("debian-installer")) + 16);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add image..."), this);
    add->setObjectName(QStringLiteral("addNbdExportButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeNbdExportButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &NbdExportsEditor::chooseAndAdd);
    connect(m_remove, &QPushButton::clicked, this, &NbdExportsEditor::removeSelected);
    enableWithSelection(m_remove, m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void NbdExportsEditor::insertRow(const Profile::NbdExport &entry)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(entry.name);
    name->setToolTip(tr("What clients ask for (nbd-client -N NAME); empty is the default export"));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, FileColumn, new QTableWidgetItem(entry.file));
    auto *mode = new QComboBox(m_table);
    mode->addItem(tr("read only"));
    mode->addItem(tr("write to their own copy"));
    mode->addItem(tr("write to the image (one at a time)"));
    mode->setItemData(0, tr("Writes are refused."), Qt::ToolTipRole);
    mode->setItemData(1, tr("Each client writes into its own overlay, removed when it leaves; the image never changes."),
                      Qt::ToolTipRole);
    mode->setItemData(2, tr("Writes change the image file; only one client may write."), Qt::ToolTipRole);
    mode->setCurrentIndex(int(std::find(std::begin(Modes), std::end(Modes), entry.mode) - std::begin(Modes)));
    connect(mode, &QComboBox::currentIndexChanged, this, &NbdExportsEditor::edited);
    m_table->setCellWidget(row, ModeColumn, mode);
    m_table->setColumnWidth(ModeColumn, std::max(m_table->columnWidth(ModeColumn), mode->sizeHint().width()));
    auto *ram = new QCheckBox(m_table);
    ram->setChecked(entry.copyToRam);
    connect(ram, &QCheckBox::toggled, this, &NbdExportsEditor::edited);
    m_table->setCellWidget(row, RamColumn, ram);
}

void NbdExportsEditor::setExports(const QList<Profile::NbdExport> &exports)
{
    m_loading = true;
    m_base = exports;
    m_table->setRowCount(0);
    for (const Profile::NbdExport &entry : exports)
        insertRow(entry);
    m_loading = false;
}

QList<Profile::NbdExport> NbdExportsEditor::exports() const
{
    QList<Profile::NbdExport> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Profile::NbdExport entry = row < m_base.size() ? m_base.at(row) : Profile::NbdExport{};
        entry.name = m_table->item(row, NameColumn)->text().trimmed();
        entry.file = m_table->item(row, FileColumn)->text().trimmed();
        const int mode = qobject_cast<QComboBox *>(m_table->cellWidget(row, ModeColumn))->currentIndex();
        entry.mode = Modes[qBound(0, mode, 2)];
        entry.copyToRam = qobject_cast<QCheckBox *>(m_table->cellWidget(row, RamColumn))->isChecked();
        out.append(entry);
    }
    return out;
}

int NbdExportsEditor::addExport(const QString &file)
{
    Profile::NbdExport entry;
    QString stored = file;
    if (!m_netbootFolder.isEmpty()) {
        const QString relative = QDir(m_netbootFolder).relativeFilePath(file);
        if (!relative.startsWith(QStringLiteral("..")) && !QDir::isAbsolutePath(relative))
            stored = relative;
    }
    entry.file = stored;
    // The first export is the default one ("" for clients that name none); the others by file name.
    QString name = m_table->rowCount() == 0 ? QString() : QFileInfo(file).completeBaseName();
    const QList<Profile::NbdExport> existing = exports();
    auto taken = [&existing](const QString &candidate) {
        return std::any_of(existing.begin(), existing.end(), [&](const Profile::NbdExport &e) { return e.name == candidate; });
    };
    for (int n = 2; taken(name); ++n)
        name = QFileInfo(file).completeBaseName() + QString::number(n);
    entry.name = name;
    // ISOs are read only by nature; disk images usually want their own copy per machine.
    entry.mode = file.endsWith(QStringLiteral(".iso"), Qt::CaseInsensitive) ? Mode::ReadOnly : Mode::CopyOnWrite;
    m_loading = true;
    insertRow(entry);
    m_loading = false;
    emit edited();
    return m_table->rowCount() - 1;
}

void NbdExportsEditor::chooseAndAdd()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Disk images and ISOs to export"), m_netbootFolder,
        tr("Disk images and ISOs (*.img *.iso *.raw *.bin);;All files (*)"));
    for (const QString &file : files)
        addExport(file);
}

void NbdExportsEditor::removeSelected()
{
    removeSelectedRows(m_table, m_base);
    emit edited();
}

} // namespace Bootcast
