#include "TrafficPanel.h"

#include "AppSettings.h"
#include "models/TrafficFilterModel.h"
#include "models/TrafficModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Bootcast {

TrafficPanel::TrafficPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new TrafficModel(this);
    m_filter = new TrafficFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_serviceFilter = new QComboBox(this);
    m_serviceFilter->setObjectName(QStringLiteral("trafficServiceFilter"));
    m_serviceFilter->addItem(tr("All services"), -1);
    for (Service s : {Service::Dhcp, Service::Tftp, Service::Http, Service::Nbd, Service::Engine})
        m_serviceFilter->addItem(serviceDisplayName(s), int(s));
    m_clientFilter = new QLineEdit(this);
    m_clientFilter->setObjectName(QStringLiteral("trafficClientFilter"));
    m_clientFilter->setPlaceholderText(tr("Filter by client MAC or address"));
    m_clientFilter->setClearButtonEnabled(true);
    auto *copyButton = new QPushButton(tr("Copy rows"), this);
    copyButton->setObjectName(QStringLiteral("copyTrafficButton"));
    copyButton->setToolTip(tr("Copy the selected rows as tab-separated text"));
    auto *saveButton = new QPushButton(tr("Save log..."), this);
    saveButton->setObjectName(QStringLiteral("saveTrafficButton"));
    auto *clearButton = new QPushButton(tr("Clear"), this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("trafficView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TrafficModel::TimeColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_view->setColumnWidth(TrafficModel::ServiceColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("Proxy DHCP (4011)")) + 16);
    m_view->setColumnWidth(TrafficModel::ClientColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00:00:00:00 000.000.000.000")) + 16);
    m_view->setColumnWidth(TrafficModel::EventColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("transfer finished")) + 16);

    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Service:"), this));
    bar->addWidget(m_serviceFilter);
    bar->addWidget(m_clientFilter, 1);
    bar->addWidget(copyButton);
    bar->addWidget(saveButton);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this, &TrafficPanel::applyServiceFilter);
    connect(m_clientFilter, &QLineEdit::textChanged, m_filter, &TrafficFilterModel::setClientFilter);
    connect(copyButton, &QPushButton::clicked, this, &TrafficPanel::copySelectedRows);
    connect(copyAction, &QAction::triggered, this, &TrafficPanel::copySelectedRows);
    connect(saveButton, &QPushButton::clicked, this, &TrafficPanel::saveLog);
    connect(clearButton, &QPushButton::clicked, m_model, &TrafficModel::clear);

    // Follow new rows only when the user is at the bottom already.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *scroll = m_view->verticalScrollBar();
        m_follow = scroll->value() >= scroll->maximum() - 1;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
}

void TrafficPanel::appendBatch(const TrafficEventList &events)
{
    m_model->appendBatch(events);
}

void TrafficPanel::applyServiceFilter()
{
    const int service = m_serviceFilter->currentData().toInt();
    m_filter->setServiceFilter(service < 0 ? std::nullopt : std::optional<Service>(Service(service)));
}

void TrafficPanel::copySelectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines << m_model->rowText(m_filter->mapToSource(index).row());
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

QString TrafficPanel::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
        file.write((m_model->rowText(sourceRow) + u'\n').toUtf8());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void TrafficPanel::saveLog()
{
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save traffic log"),
                                                      settings.lastFolder() + QStringLiteral("/bootcast-traffic.log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save traffic log"), error);
}

void TrafficPanel::restoreState()
{
    AppSettings settings;
    const QByteArray header = settings.trafficHeader();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const int service = settings.trafficServiceFilter();
    if (service >= 0 && service < m_serviceFilter->count())
        m_serviceFilter->setCurrentIndex(service);
}

void TrafficPanel::saveState() const
{
    AppSettings settings;
    settings.setTrafficHeader(m_view->horizontalHeader()->saveState());
    settings.setTrafficServiceFilter(m_serviceFilter->currentIndex());
}

} // namespace Bootcast
