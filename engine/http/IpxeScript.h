#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bootcast {

// What the menu editor knows about an iPXE script, without running it: its menus and their items,
// its labels, and the mistakes that would only show on a booting machine (a missing #!ipxe line, a
// goto to nowhere, a menu item without its section, an unknown {{placeholder}}). Pure.
class IpxeScript
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::IpxeScript)

public:
    struct Item
    {
        QString label;  // what "choose" stores; empty for a gap
        QString text;
        QString key;    // --key
        bool gap = false;
        bool isDefault = false; // --default
        int line = 0;           // 1-based
    };

    struct Menu
    {
        QString title;
        QList<Item> items;
        QString defaultLabel; // choose --default, else the item marked --default (may hold ${settings})
        QString timeout;      // choose --timeout, in ms (may hold ${settings})
        int line = 0;
    };

    struct Issue
    {
        enum class Severity { Error, Warning };
        int line = 0;
        Severity severity = Severity::Warning;
        QString message;
    };

    struct Outline
    {
        QList<Menu> menus;
        QStringList labels;
        QHash<QString, QString> settings; // the first literal value of each "set name value"
        QList<Issue> issues;
    };

    // Splits one line into words as iPXE does: whitespace separates, "double" and 'single' quotes group.
    static QStringList words(const QString &line);
    static Outline outline(const QString &script);
    // Replaces ${name} and ${name:type} with values (settings names compared as iPXE does, without
    // the type); unknown settings are left as they are.
    static QString substituteSettings(const QString &text, const QHash<QString, QString> &values);
    // One menu as iPXE draws it on the client's screen, in plain text: the title centred, then one line
    // per item with its key on the right and the default marked with ">".
    static QString renderMenu(const Menu &menu, const QHash<QString, QString> &values, int width = 78);
    // iPXE's commands, for highlighting.
    static const QStringList &commands();
};

} // namespace Bootcast
