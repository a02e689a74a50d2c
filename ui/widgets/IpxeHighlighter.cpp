#include "IpxeHighlighter.h"

#include "http/IpxeScript.h"

namespace Bootcast {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

IpxeHighlighter::IpxeHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_commentFormat = makeFormat(QColor(0x6a, 0x73, 0x7d), false, true);
    m_shebangFormat = makeFormat(QColor(0x8a, 0x2b, 0xa0), true);
    m_labelFormat = makeFormat(QColor(0x1a, 0x4f, 0xa8), true);
    m_commandFormat = makeFormat(QColor(0x00, 0x6b, 0x5f), true);
    m_command = QRegularExpression(QStringLiteral(R"((^|\|\||&&)\s*([a-z_]+)\b)"));
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"((?<=\s)--?[a-z][a-z-]*)")), makeFormat(QColor(0x9c, 0x5d, 0x00))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\b(https?|tftp|ftp|nfs|iscsi|aoe)://\S*)")),
                        makeFormat(QColor(0x20, 0x4a, 0x87), false, false)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\$\{[^}]*\})")), makeFormat(QColor(0x8a, 0x2b, 0xa0))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\{\{[A-Za-z_]+\}\})")), makeFormat(QColor(0x1f, 0x7a, 0x1f), true)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\|\||&&)")), makeFormat(QColor(0xc0, 0x1c, 0x28), true)});
}

void IpxeHighlighter::highlightBlock(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"#!")) {
        setFormat(0, int(text.size()), m_shebangFormat);
        return;
    }
    if (trimmed.startsWith(u'#')) {
        setFormat(0, int(text.size()), m_commentFormat);
        return;
    }
    if (trimmed.startsWith(u':')) {
        setFormat(0, int(text.size()), m_labelFormat);
        return;
    }
    for (auto it = m_command.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (IpxeScript::commands().contains(m.captured(2)))
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_commandFormat);
    }
    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
}

} // namespace Bootcast
