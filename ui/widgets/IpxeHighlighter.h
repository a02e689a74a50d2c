#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Bootcast {

// Syntax highlighting for iPXE scripts in the menu editor: the #!ipxe line and comments, :labels,
// commands, --options, iPXE's ${settings}, Bootcast's {{placeholders}} and the || && chains.
class IpxeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit IpxeHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules; // applied in order; later rules win where they overlap
    QRegularExpression m_command;
    QTextCharFormat m_commandFormat;
    QTextCharFormat m_commentFormat;
    QTextCharFormat m_shebangFormat;
    QTextCharFormat m_labelFormat;
};

} // namespace Bootcast
