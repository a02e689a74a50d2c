#pragma once

#include "core/Profile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Bootcast {

class BindingsEditor;
class NbdExportsEditor;

// The Settings tab: the profile's network and service fields, each with its problem shown beside it
// (from parsing and from Profile::validate(), matched by the field name the message starts with).
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const Bootcast::Profile &profile);
    // The profile with this form's fields applied to base. Fields that do not parse are left as in base
    // and reported in problems as "field: problem".
    Profile applyTo(Profile base, QStringList *problems) const;
    // Shows each "field: problem" beside its field; returns the problems that belong to no field here.
    QStringList showProblems(const QStringList &problems);

    // From the interface picker: the adapter's address and subnet, the router and a suggested pool.
    // The reserved machines shown (the window's "make static" changes them).
    void setBindings(const QList<Bootcast::Binding> &bindings);
    // Where relative image paths of NBD exports start.
    void setNetbootFolder(const QString &folder);

    void fillNetwork(const QHostAddress &address, const QHostAddress &netmask, const QHostAddress &router,
                     const QHostAddress &poolBegin, const QHostAddress &poolEnd);

signals:
    void edited();

private:
    QLineEdit *addAddressRow(const QString &field, const QString &label, const QString &placeholder);
    void addRow(const QString &field, const QString &label, QWidget *editor, bool wide = false);

    QGridLayout *m_grid = nullptr;
    QHash<QString, QLabel *> m_errors; // field -> its problem label
    QLineEdit *m_serverAddress = nullptr;
    QLineEdit *m_subnetMask = nullptr;
    QLineEdit *m_router = nullptr;
    QLineEdit *m_poolBegin = nullptr;
    QLineEdit *m_poolEnd = nullptr;
    QLineEdit *m_dns = nullptr;
    QLineEdit *m_domain = nullptr;
    QSpinBox *m_leaseSeconds = nullptr;
    QCheckBox *m_tftpEnabled = nullptr;
    QSpinBox *m_tftpPort = nullptr;
    QCheckBox *m_httpEnabled = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QCheckBox *m_nbdEnabled = nullptr;
    QSpinBox *m_nbdPort = nullptr;
    NbdExportsEditor *m_nbdExports = nullptr;
    BindingsEditor *m_bindings = nullptr;
    QCheckBox *m_allowListOnly = nullptr;
    QCheckBox *m_allowOtherServers = nullptr;
};

} // namespace Bootcast
