#include "ProfileForm.h"

#include "widgets/BindingsEditor.h"
#include "widgets/NbdExportsEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Bootcast {

namespace {

QString addressText(const QHostAddress &address)
{
    return address.isNull() ? QString() : address.toString();
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);

    m_serverAddress = addAddressRow(QStringLiteral("serverAddress"), tr("Server address:"), tr("this computer's IPv4 address"));
    m_subnetMask = addAddressRow(QStringLiteral("dhcp.subnetMask"), tr("Subnet mask:"), QStringLiteral("255.255.255.0"));
    m_router = addAddressRow(QStringLiteral("dhcp.router"), tr("Router:"), tr("none (isolated network)"));
    m_poolBegin = addAddressRow(QStringLiteral("dhcp.poolBegin"), tr("Pool, first address:"), QString());
    m_poolEnd = addAddressRow(QStringLiteral("dhcp.poolEnd"), tr("Pool, last address:"), QString());
    m_dns = new QLineEdit(this);
    m_dns->setPlaceholderText(tr("none; several separated by commas"));
    addRow(QStringLiteral("dhcp.dns"), tr("DNS servers:"), m_dns);
    m_domain = new QLineEdit(this);
    addRow(QStringLiteral("dhcp.domain"), tr("Domain:"), m_domain);
    m_leaseSeconds = new QSpinBox(this);
    m_leaseSeconds->setRange(60, 7 * 24 * 3600);
    m_leaseSeconds->setSuffix(tr(" s"));
    addRow(QStringLiteral("dhcp.leaseSeconds"), tr("Lease time:"), m_leaseSeconds);
    m_bindings = new BindingsEditor(this);
    m_bindings->setObjectName(QStringLiteral("bindingsEditor"));
    addRow(QStringLiteral("dhcp.bindings"), tr("Reserved machines:"), m_bindings, true);
    connect(m_bindings, &BindingsEditor::edited, this, &ProfileForm::edited);
    auto *dhcpChoices = new QWidget(this);
    auto *choicesLayout = new QVBoxLayout(dhcpChoices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_allowListOnly = new QCheckBox(tr("Answer only the reserved machines"), dhcpChoices);
    m_allowListOnly->setObjectName(QStringLiteral("allowListOnlyCheck"));
    m_allowListOnly->setToolTip(tr("Other machines on the cable get no answer from Bootcast (PyPXE's whitelist)."));
    m_allowOtherServers = new QCheckBox(tr("Serve addresses even when another DHCP server answers (not recommended)"), dhcpChoices);
    m_allowOtherServers->setObjectName(QStringLiteral("allowOtherServersCheck"));
    m_allowOtherServers->setToolTip(tr("Two DHCP servers on one network hand out conflicting addresses; proxy mode is the safe way "
                                       "to boot beside another server."));
    choicesLayout->addWidget(m_allowListOnly);
    choicesLayout->addWidget(m_allowOtherServers);
    addRow(QStringLiteral("dhcp.allowListOnly"), tr("Full DHCP:"), dhcpChoices);
    for (QCheckBox *box : {m_allowListOnly, m_allowOtherServers})
        connect(box, &QCheckBox::toggled, this, &ProfileForm::edited);

    auto portRow = [this](QCheckBox *&enabled, QSpinBox *&port, const QString &text) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        enabled = new QCheckBox(text, row);
        port = new QSpinBox(row);
        port->setRange(1, 65535);
        port->setPrefix(tr("port "));
        layout->addWidget(enabled);
        layout->addWidget(port);
        layout->addStretch(1);
        connect(enabled, &QCheckBox::toggled, port, &QWidget::setEnabled);
        connect(enabled, &QCheckBox::toggled, this, &ProfileForm::edited);
        connect(port, &QSpinBox::valueChanged, this, &ProfileForm::edited);
        return row;
    };
    addRow(QStringLiteral("tftp"), tr("TFTP:"), portRow(m_tftpEnabled, m_tftpPort, tr("serve files over TFTP")));
    m_tftpPort->setObjectName(QStringLiteral("tftpPortSpin"));
    addRow(QStringLiteral("http"), tr("HTTP:"), portRow(m_httpEnabled, m_httpPort, tr("serve files over HTTP")));
    addRow(QStringLiteral("nbd"), tr("NBD:"), portRow(m_nbdEnabled, m_nbdPort, tr("serve disk images and ISOs over NBD")));
    m_nbdEnabled->setObjectName(QStringLiteral("nbdEnabledCheck"));
    m_nbdExports = new NbdExportsEditor(this);
    m_nbdExports->setObjectName(QStringLiteral("nbdExportsEditor"));
    addRow(QStringLiteral("nbd.exports"), tr("NBD exports:"), m_nbdExports, true);
    connect(m_nbdEnabled, &QCheckBox::toggled, m_nbdExports, &QWidget::setEnabled);
    connect(m_nbdExports, &NbdExportsEditor::edited, this, &ProfileForm::edited);
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    for (QLineEdit *edit : {m_serverAddress, m_subnetMask, m_router, m_poolBegin, m_poolEnd, m_dns, m_domain})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_leaseSeconds, &QSpinBox::valueChanged, this, &ProfileForm::edited);
}

void ProfileForm::addRow(const QString &field, const QString &label, QWidget *editor, bool wide)
{
    const int row = m_grid->rowCount();
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_") + field);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    error->setTextFormat(Qt::PlainText);
    if (wide) { // the editor takes the problem's column too; the problem goes below it
        m_grid->addWidget(caption, row, 0, Qt::AlignTop);
        m_grid->addWidget(editor, row, 1, 1, 2);
        m_grid->addWidget(error, row + 1, 1, 1, 2);
    } else {
        m_grid->addWidget(caption, row, 0);
        m_grid->addWidget(editor, row, 1);
        m_grid->addWidget(error, row, 2);
    }
    m_errors.insert(field, error);
}

QLineEdit *ProfileForm::addAddressRow(const QString &field, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    addRow(field, label, edit);
    return edit;
}

void ProfileForm::setProfile(const Profile &profile)
{
    const QList<QWidget *> editors{m_serverAddress, m_subnetMask, m_router,     m_poolBegin,   m_poolEnd,
                                   m_dns,           m_domain,     m_leaseSeconds, m_tftpEnabled,
                                   m_tftpPort,      m_httpEnabled, m_httpPort, m_nbdEnabled, m_nbdPort, m_nbdExports,
                                   m_bindings,      m_allowListOnly, m_allowOtherServers};
    for (QWidget *editor : editors)
        editor->blockSignals(true);
    m_serverAddress->setText(addressText(profile.serverAddress));
    m_subnetMask->setText(addressText(profile.dhcp.subnetMask));
    m_router->setText(addressText(profile.dhcp.router));
    m_poolBegin->setText(addressText(profile.dhcp.poolBegin));
    m_poolEnd->setText(addressText(profile.dhcp.poolEnd));
    QStringList dns;
    for (const QHostAddress &a : profile.dhcp.dns)
        dns << a.toString();
    m_dns->setText(dns.join(QStringLiteral(", ")));
    m_domain->setText(profile.dhcp.domain);
    m_bindings->setBindings(profile.dhcp.bindings);
    m_allowListOnly->setChecked(profile.dhcp.allowListOnly);
    m_allowOtherServers->setChecked(profile.dhcp.allowOtherServers);
    m_leaseSeconds->setValue(int(qMin<quint32>(profile.dhcp.leaseSeconds, quint32(m_leaseSeconds->maximum()))));
    m_tftpEnabled->setChecked(profile.tftp.enabled);
    m_tftpPort->setValue(profile.tftp.port);
    m_tftpPort->setEnabled(profile.tftp.enabled);
    m_httpEnabled->setChecked(profile.http.enabled);
    m_httpPort->setValue(profile.http.port);
    m_httpPort->setEnabled(profile.http.enabled);
    m_nbdEnabled->setChecked(profile.nbd.enabled);
    m_nbdPort->setValue(profile.nbd.port);
    m_nbdPort->setEnabled(profile.nbd.enabled);
    m_nbdExports->setExports(profile.nbd.exports);
    m_nbdExports->setEnabled(profile.nbd.enabled);
    m_nbdExports->setNetbootFolder(profile.resolvedNetbootDir());
    for (QWidget *editor : editors)
        editor->blockSignals(false);
}

Profile ProfileForm::applyTo(Profile base, QStringList *problems) const
{
    auto address = [problems](const QLineEdit *edit, const QString &field, QHostAddress *target) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *target = QHostAddress();
            return;
        }
        const QHostAddress parsed(text);
        if (parsed.isNull() || parsed.protocol() != QAbstractSocket::IPv4Protocol)
            problems->append(field + QStringLiteral(": ") + tr("\"%1\" is not an IPv4 address").arg(text));
        else
            *target = parsed;
    };
    address(m_serverAddress, QStringLiteral("serverAddress"), &base.serverAddress);
    address(m_router, QStringLiteral("dhcp.router"), &base.dhcp.router);
    address(m_poolBegin, QStringLiteral("dhcp.poolBegin"), &base.dhcp.poolBegin);
    address(m_poolEnd, QStringLiteral("dhcp.poolEnd"), &base.dhcp.poolEnd);
    if (m_subnetMask->text().trimmed().isEmpty())
        problems->append(QStringLiteral("dhcp.subnetMask: ") + tr("a subnet mask is needed"));
    else
        address(m_subnetMask, QStringLiteral("dhcp.subnetMask"), &base.dhcp.subnetMask);
    base.dhcp.dns.clear();
    const QStringList dnsParts = m_dns->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : dnsParts) {
        const QHostAddress parsed(part.trimmed());
        if (parsed.isNull() || parsed.protocol() != QAbstractSocket::IPv4Protocol)
            problems->append(QStringLiteral("dhcp.dns: ") + tr("\"%1\" is not an IPv4 address").arg(part.trimmed()));
        else
            base.dhcp.dns.append(parsed);
    }
    base.dhcp.domain = m_domain->text().trimmed();
    base.dhcp.leaseSeconds = quint32(m_leaseSeconds->value());
    base.dhcp.bindings = m_bindings->bindings(problems);
    base.dhcp.allowListOnly = m_allowListOnly->isChecked();
    base.dhcp.allowOtherServers = m_allowOtherServers->isChecked();
    base.tftp.enabled = m_tftpEnabled->isChecked();
    base.tftp.port = quint16(m_tftpPort->value());
    base.http.enabled = m_httpEnabled->isChecked();
    base.http.port = quint16(m_httpPort->value());
    base.nbd.enabled = m_nbdEnabled->isChecked();
    base.nbd.port = quint16(m_nbdPort->value());
    base.nbd.exports = m_nbdExports->exports();
    return base;
}

QStringList ProfileForm::showProblems(const QStringList &problems)
{
    QHash<QString, QStringList> byField;
    QStringList rest;
    for (const QString &problem : problems) {
        const QString field = problem.section(u':', 0, 0);
        QString key = field;
        // "dhcp.bindings[2].mac" -> "dhcp.bindings[2]" -> "dhcp.bindings" -> "dhcp"
        while (!key.isEmpty() && !m_errors.contains(key)) {
            if (key.endsWith(u']'))
                key.truncate(key.lastIndexOf(u'['));
            else
                key = key.contains(u'.') ? key.section(u'.', 0, -2) : QString();
        }
        if (key.isEmpty())
            rest << problem;
        else
            byField[key] << problem.section(u':', 1).trimmed();
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setText(byField.value(it.key()).join(u'\n'));
    return rest;
}

void ProfileForm::setBindings(const QList<Binding> &bindings)
{
    m_bindings->setBindings(bindings);
}

void ProfileForm::setNetbootFolder(const QString &folder)
{
    m_nbdExports->setNetbootFolder(folder);
}

void ProfileForm::fillNetwork(const QHostAddress &address, const QHostAddress &netmask, const QHostAddress &router,
                              const QHostAddress &poolBegin, const QHostAddress &poolEnd)
{
    m_serverAddress->setText(addressText(address));
    if (!netmask.isNull())
        m_subnetMask->setText(netmask.toString());
    m_router->setText(addressText(router));
    m_poolBegin->setText(addressText(poolBegin));
    m_poolEnd->setText(addressText(poolEnd));
    emit edited();
}

} // namespace Bootcast
