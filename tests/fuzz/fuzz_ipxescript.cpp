// Fuzz target for the menu editor's iPXE script reader (IpxeScript): the editor runs it on every
// keystroke over whatever file a user opens. Invariants: nothing crashes or hangs; every issue points
// at a line of the script; menus hold no more items than the script has lines; the rendered menu is
// bounded by the script; substituting no settings changes nothing, and a value is never expanded twice.

#include "http/IpxeScript.h"

#include <cstdint>
#include <cstdlib>

using namespace Bootcast;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lines = script.count(u'\n') + 1;

    const IpxeScript::Outline outline = IpxeScript::outline(script);
    for (const IpxeScript::Issue &issue : outline.issues)
        check(issue.line >= 1 && issue.line <= lines && !issue.message.isEmpty());
    qsizetype items = 0;
    for (const IpxeScript::Menu &menu : outline.menus) {
        check(menu.line >= 1 && menu.line <= lines);
        items += menu.items.size();
        for (const IpxeScript::Item &item : menu.items)
            check(item.line >= menu.line && item.line <= lines);
        // Rendering is bounded: a title, a blank, one row per item, maybe a timeout line.
        const QString screen = IpxeScript::renderMenu(menu, outline.settings, 80);
        check(screen.count(u'\n') <= menu.items.size() + 3);
    }
    check(items <= lines);
    check(outline.labels.size() <= lines);

    check(IpxeScript::substituteSettings(script, {}) == script);
    // A value holding ${...} is inserted as it is, never expanded again.
    const QHash<QString, QString> loop{{QStringLiteral("a"), QStringLiteral("${a}${a}")}};
    const QString once = IpxeScript::substituteSettings(script, loop);
    check(once.size() <= script.size() * 4 + 16);
    (void)IpxeScript::words(script);
    return 0;
}
