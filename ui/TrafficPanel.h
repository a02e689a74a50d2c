#pragma once

#include "core/TrafficEvent.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Bootcast {

class TrafficFilterModel;
class TrafficModel;

// The Traffic tab: the live table with its service and client filters, copy and save. Follows new
// rows only while the view is scrolled to the bottom, so reading older rows is not interrupted.
class TrafficPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficPanel(QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }

    void appendBatch(const Bootcast::TrafficEventList &events);
    void copySelectedRows() const;
    // Writes the shown rows as tab-separated text; the error (translated) is empty on success.
    QString saveTo(const QString &path) const;
    void restoreState(); // from AppSettings
    void saveState() const;

private:
    void saveLog();
    void applyServiceFilter();

    TrafficModel *m_model = nullptr;
    TrafficFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QLineEdit *m_clientFilter = nullptr;
    bool m_follow = true;
};

} // namespace Bootcast
