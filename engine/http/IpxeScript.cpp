#include "IpxeScript.h"

#include "IpxeTemplate.h"

#include <QRegularExpression>
#include <QSet>

namespace Bootcast {

namespace {

// Options of "item" and "choose" that take a value.
const QSet<QString> &optionsWithValue()
{
    static const QSet<QString> names{QStringLiteral("--key"),     QStringLiteral("--menu"),   QStringLiteral("-m"),
                                     QStringLiteral("--timeout"), QStringLiteral("-t"),      QStringLiteral("--default"),
                                     QStringLiteral("-d"),        QStringLiteral("-k"),      QStringLiteral("--name"),
                                     QStringLiteral("-n")};
    return names;
}

// Splits "--key x --default label text..." into options (name -> value) and the remaining words.
// Flags without a value (--gap, --keep, --default on item) get an empty value.
struct Parsed
{
    QHash<QString, QString> options;
    QStringList rest;
};

Parsed parseOptions(const QStringList &args, const QSet<QString> &flags)
{
    Parsed p;
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--") {
            ++i;
            break;
        }
        if (!a.startsWith(u'-') || a.size() < 2)
            break;
        if (flags.contains(a)) {
            p.options.insert(a, QString());
        } else if (optionsWithValue().contains(a) && i + 1 < args.size()) {
            p.options.insert(a, args.at(i + 1));
            ++i;
        } else {
            p.options.insert(a, QString());
        }
    }
    p.rest = args.mid(i);
    return p;
}

QString option(const Parsed &p, const QString &longName, const QString &shortName)
{
    if (p.options.contains(longName))
        return p.options.value(longName);
    return p.options.value(shortName);
}

bool isLiteral(const QString &word)
{
    return !word.contains(u"${");
}

} // namespace

QStringList IpxeScript::words(const QString &line)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        out << current;
    return out;
}

const QStringList &IpxeScript::commands()
{
    static const QStringList names{
        QStringLiteral("autoboot"), QStringLiteral("boot"),     QStringLiteral("chain"),     QStringLiteral("choose"),
        QStringLiteral("clear"),    QStringLiteral("colour"),   QStringLiteral("console"),   QStringLiteral("cpair"),
        QStringLiteral("dhcp"),     QStringLiteral("echo"),     QStringLiteral("exit"),      QStringLiteral("goto"),
        QStringLiteral("ifclose"),  QStringLiteral("ifconf"),   QStringLiteral("ifopen"),    QStringLiteral("ifstat"),
        QStringLiteral("imgargs"),  QStringLiteral("imgexec"),  QStringLiteral("imgextract"), QStringLiteral("imgfetch"),
        QStringLiteral("imgfree"),  QStringLiteral("imgload"),  QStringLiteral("imgselect"), QStringLiteral("imgstat"),
        QStringLiteral("imgtrust"), QStringLiteral("imgverify"), QStringLiteral("initrd"),   QStringLiteral("inc"),
        QStringLiteral("isset"),    QStringLiteral("iseq"),     QStringLiteral("item"),      QStringLiteral("kernel"),
        QStringLiteral("login"),    QStringLiteral("menu"),     QStringLiteral("module"),    QStringLiteral("ntp"),
        QStringLiteral("param"),    QStringLiteral("params"),   QStringLiteral("ping"),      QStringLiteral("poweroff"),
        QStringLiteral("prompt"),   QStringLiteral("read"),     QStringLiteral("reboot"),    QStringLiteral("route"),
        QStringLiteral("sanboot"),  QStringLiteral("sanhook"),  QStringLiteral("sanunhook"), QStringLiteral("set"),
        QStringLiteral("shell"),    QStringLiteral("show"),     QStringLiteral("sleep"),     QStringLiteral("sync"),
        QStringLiteral("vcreate"),  QStringLiteral("vdestroy"),  QStringLiteral("nslookup"),
        QStringLiteral("certstat"), QStringLiteral("certstore"), QStringLiteral("certfree"), QStringLiteral("time"),
        QStringLiteral("cpuid"),    QStringLiteral("pciscan"),
        QStringLiteral("stat"),     QStringLiteral("fcstat"),   QStringLiteral("help"),      QStringLiteral("config"),
        QStringLiteral("lotest"),   QStringLiteral("ipstat"),   QStringLiteral("nstat"),     QStringLiteral("profstat")};
    return names;
}

IpxeScript::Outline IpxeScript::outline(const QString &script)
{
    Outline out;
    const QStringList lines = script.split(u'\n');
    const QStringList placeholders = IpxeTemplate::placeholderNames();
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{([A-Za-z_]+)\}\})"));
    struct Jump
    {
        QString target;
        int line;
    };
    QList<Jump> gotos;
    QList<Item> choosable; // items of every menu, for the section check
    bool jumpsToSelection = false;
    QHash<QString, int> labelLines;

    auto issue = [&out](int line, Issue::Severity severity, const QString &message) {
        out.issues.append(Issue{line, severity, message});
    };

    if (lines.isEmpty() || !lines.first().trimmed().startsWith(u"#!ipxe", Qt::CaseInsensitive))
        issue(1, Issue::Severity::Error, tr("the first line must be #!ipxe, or iPXE does not run the file as a script"));

    Menu *menu = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        for (auto it = placeholder.globalMatch(line); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!placeholders.contains(name))
                issue(lineNo, Issue::Severity::Warning,
                      tr("{{%1}} is not a Bootcast placeholder: the client receives it unchanged (known: %2)")
                          .arg(name, placeholders.join(QStringLiteral(", "))));
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u':')) {
            const QString label = line.mid(1).section(u' ', 0, 0);
            if (labelLines.contains(label))
                issue(lineNo, Issue::Severity::Warning,
                      tr("label :%1 appears twice (also on line %2): goto always finds the first")
                          .arg(label)
                          .arg(labelLines.value(label)));
            else
                labelLines.insert(label, lineNo);
            out.labels << label;
            continue;
        }
        // A line may chain commands with || and &&: look at each.
        static const QRegularExpression chain(QStringLiteral(R"(\s*(\|\||&&)\s*)"));
        const QStringList commandsOnLine = line.split(chain);
        for (const QString &command : commandsOnLine) {
            const QStringList w = words(command);
            if (w.isEmpty())
                continue;
            const QString &name = w.first();
            const QStringList args = w.mid(1);
            if (name == u"menu") {
                const Parsed p = parseOptions(args, {});
                out.menus.append(Menu{});
                menu = &out.menus.last();
                menu->title = p.rest.join(u' ');
                menu->line = lineNo;
            } else if (name == u"item") {
                const Parsed p = parseOptions(args, {QStringLiteral("--gap"), QStringLiteral("-g"),
                                                     QStringLiteral("--default"), QStringLiteral("-d")});
                if (!menu) {
                    issue(lineNo, Issue::Severity::Error, tr("an \"item\" line before any \"menu\" line"));
                    out.menus.append(Menu{});
                    menu = &out.menus.last();
                    menu->line = lineNo;
                }
                Item item;
                item.line = lineNo;
                item.gap = p.options.contains(QStringLiteral("--gap")) || p.options.contains(QStringLiteral("-g"));
                item.isDefault = p.options.contains(QStringLiteral("--default")) || p.options.contains(QStringLiteral("-d"));
                item.key = option(p, QStringLiteral("--key"), QStringLiteral("-k"));
                if (item.gap) {
                    // "item --gap -- text": the label is omitted.
                    item.text = p.rest.join(u' ');
                } else {
                    item.label = p.rest.value(0);
                    item.text = p.rest.mid(1).join(u' ');
                    if (item.label.isEmpty())
                        issue(lineNo, Issue::Severity::Error, tr("item without a label"));
                    else
                        choosable.append(item);
                }
                if (item.isDefault && menu->defaultLabel.isEmpty())
                    menu->defaultLabel = item.label;
                menu->items.append(item);
            } else if (name == u"choose") {
                const Parsed p = parseOptions(args, {QStringLiteral("--keep"), QStringLiteral("-k")});
                if (!menu) {
                    issue(lineNo, Issue::Severity::Error, tr("\"choose\" without a \"menu\" line before it"));
                    continue;
                }
                const QString def = option(p, QStringLiteral("--default"), QStringLiteral("-d"));
                if (!def.isEmpty())
                    menu->defaultLabel = def;
                menu->timeout = option(p, QStringLiteral("--timeout"), QStringLiteral("-t"));
                if (menu->items.isEmpty())
                    issue(lineNo, Issue::Severity::Error, tr("\"choose\" on a menu without \"item\" lines"));
            } else if (name == u"goto") {
                const QString target = args.value(0);
                if (target.isEmpty())
                    issue(lineNo, Issue::Severity::Error, tr("goto without a label"));
                else if (isLiteral(target))
                    gotos.append(Jump{target, lineNo});
                else
                    jumpsToSelection = true;
            } else if (name == u"set" && args.size() >= 2 && !out.settings.contains(args.first())) {
                out.settings.insert(args.first(), args.mid(1).join(u' '));
            }
        }
    }

    for (const Jump &jump : std::as_const(gotos)) {
        if (!labelLines.contains(jump.target))
            issue(jump.line, Issue::Severity::Error, tr("goto %1: there is no :%1 label in this script").arg(jump.target));
    }
    if (jumpsToSelection) {
        for (const Item &item : std::as_const(choosable)) {
            if (isLiteral(item.label) && !labelLines.contains(item.label))
                issue(item.line, Issue::Severity::Warning,
                      tr("menu item %1 has no :%1 section: choosing it ends the script with an error").arg(item.label));
        }
    }
    std::stable_sort(out.issues.begin(), out.issues.end(), [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return out;
}

QString IpxeScript::substituteSettings(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression setting(QStringLiteral(R"(\$\{([^}:]+)(:[^}]*)?\})"));
    QString out;
    qsizetype copied = 0;
    for (auto it = setting.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(copied, m.capturedStart() - copied);
        const auto found = values.constFind(m.captured(1));
        out += found != values.cend() ? *found : m.captured(0);
        copied = m.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString IpxeScript::renderMenu(const Menu &menu, const QHash<QString, QString> &values, int width)
{
    QStringList lines;
    const QString title = substituteSettings(menu.title, values);
    const int pad = qMax(0, (width - int(title.size())) / 2);
    lines << QString(pad, u' ') + title << QString();
    const QString defaultLabel = substituteSettings(menu.defaultLabel, values);
    for (const Item &item : menu.items) {
        const QString text = substituteSettings(item.text, values);
        if (item.gap) {
            lines << QStringLiteral("  ") + text;
            continue;
        }
        const bool chosen = !defaultLabel.isEmpty() && item.label == defaultLabel;
        QString row = (chosen ? QStringLiteral("> ") : QStringLiteral("  ")) + (text.isEmpty() ? item.label : text);
        if (!item.key.isEmpty()) {
            const QString key = QStringLiteral("[%1]").arg(item.key);
            row = row.leftJustified(qMax(int(row.size()) + 1, width - int(key.size())), u' ') + key;
        }
        lines << row;
    }
    bool timed = false;
    const int timeoutMsecs = substituteSettings(menu.timeout, values).toInt(&timed);
    if (timed && timeoutMsecs > 0 && !defaultLabel.isEmpty())
        lines << QString() << tr("(chooses %1 after %n s)", nullptr, timeoutMsecs / 1000).arg(defaultLabel);
    return lines.join(u'\n');
}

} // namespace Bootcast
