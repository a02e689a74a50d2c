#include "BootFilesPanel.h"

#include "dhcp/BootPolicy.h"
#include "http/IpxeScript.h"
#include "http/IpxeTemplate.h"
#include "widgets/IpxeHighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QUrl>
#include <QVBoxLayout>

namespace Bootcast {

namespace {

struct MachineType
{
    const char *tag;
    quint16 arch; // option 93, for the display name
};
constexpr MachineType MachineTypes[] = {{"bios", 0},       {"uefi-x64", 7},  {"uefi-ia32", 6},
                                        {"uefi-arm64", 11}, {"http-x64", 16}, {"http-arm64", 19}};

// What the preview pretends the client is: iPXE's ${platform} and ${buildarch}.
struct PreviewMachine
{
    const char *platform;
    const char *buildarch;
};
constexpr PreviewMachine PreviewMachines[] = {{"pcbios", "i386"}, {"efi", "x86_64"}, {"efi", "arm64"}};

constexpr int AutomaticFileRole = Qt::UserRole + 1; // on item 0: the file Automatic stands for
constexpr int MaxFolderEntries = 5000; // a huge folder (a mirror) is not listed beyond this
constexpr qint64 MaxMenuFileBytes = IpxeTemplate::MaxScriptBytes;

bool looksLikeBootFile(const QString &name)
{
    static const QStringList suffixes{QStringLiteral(".kpxe"), QStringLiteral(".kkpxe"), QStringLiteral(".pxe"),
                                      QStringLiteral(".efi"),  QStringLiteral(".0"),     QStringLiteral(".com"),
                                      QStringLiteral(".lkrn"), QStringLiteral(".efi64"), QStringLiteral(".efi32")};
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A plain-text view for scripts: fixed-width, unwrapped, highlighted as iPXE when asked.
QPlainTextEdit *makeScriptView(QWidget *parent, const QString &objectName, bool readOnly, bool highlight)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(readOnly);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTabStopDistance(4 * view->fontMetrics().horizontalAdvance(u' '));
    if (highlight)
        new IpxeHighlighter(view->document());
    return view;
}

bool isUrl(const QString &value)
{
    return value.contains(QStringLiteral("://"));
}

} // namespace

QStringList BootFilesPanel::archTags()
{
    QStringList tags;
    for (const MachineType &type : MachineTypes)
        tags << QString::fromLatin1(type.tag);
    return tags;
}

BootFilesPanel::BootFilesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    // ---- folder and boot files ----
    auto *files = new QGroupBox(tr("Netboot folder and boot files"), this);
    auto *grid = new QGridLayout(files);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *folderRow = new QHBoxLayout;
    m_netbootDir = new QLineEdit(files);
    m_netbootDir->setObjectName(QStringLiteral("netbootDirEdit"));
    m_netbootDir->setPlaceholderText(tr("the bundled netboot folder"));
    auto *browse = new QPushButton(tr("Browse..."), files);
    auto *open = new QPushButton(tr("Open"), files);
    open->setToolTip(tr("Show the folder in the file manager"));
    folderRow->addWidget(m_netbootDir, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(open);
    auto *folderLabel = new QLabel(tr("Netboot folder:"), files);
    folderLabel->setBuddy(m_netbootDir);
    grid->addWidget(folderLabel, 0, 0);
    grid->addLayout(folderRow, 0, 1, 1, 3);
    m_netbootError = new QLabel(files);
    m_netbootError->setObjectName(QStringLiteral("error_boot.netbootDir"));
    m_netbootError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_netbootError->setTextFormat(Qt::PlainText);
    m_netbootError->setWordWrap(true);
    m_netbootError->hide();
    grid->addWidget(m_netbootError, 1, 1, 1, 3);

    int index = 0;
    for (const MachineType &type : MachineTypes) {
        const QString tag = QString::fromLatin1(type.tag);
        auto *box = new QComboBox(files);
        box->setObjectName(QStringLiteral("bootFile_") + tag);
        box->setProperty("machineType", BootPolicy::archDisplayName(type.arch));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setToolTip(tr("The file that machines of type %1 receive first. Automatic picks it from the netboot folder; type a "
                           "file name, a path in the folder or a URL to choose another.")
                            .arg(BootPolicy::archDisplayName(type.arch)));
        //: The label in front of a machine type's boot file picker, e.g. "UEFI x64:".
        auto *label = new QLabel(tr("%1:").arg(BootPolicy::archDisplayName(type.arch)), files);
        label->setBuddy(box);
        const int row = 2 + index / 2;
        const int column = (index % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        m_bootFiles.insert(tag, box);
        connect(box, &QComboBox::currentTextChanged, this, [this] {
            if (m_loading)
                return;
            updateBootFileNotes();
            emit edited();
        });
        ++index;
    }
    const int afterFiles = 2 + (index + 1) / 2;
    m_bootFilesNote = new QLabel(files);
    m_bootFilesNote->setObjectName(QStringLiteral("bootFilesNote"));
    m_bootFilesNote->setStyleSheet(QStringLiteral("color: #9c5d00;"));
    m_bootFilesNote->setWordWrap(true);
    m_bootFilesNote->setTextFormat(Qt::PlainText);
    grid->addWidget(m_bootFilesNote, afterFiles, 1, 1, 3);

    m_chainload = new QCheckBox(tr("Machines without iPXE get iPXE first, then the menu"), files);
    m_chainload->setObjectName(QStringLiteral("chainloadCheck"));
    m_chainload->setToolTip(tr("Off: machines get the boot file directly (pxelinux, GRUB, shim) and no iPXE menu."));
    grid->addWidget(m_chainload, afterFiles + 1, 1, 1, 3);
    m_ipxeScript = new QLineEdit(files);
    m_ipxeScript->setObjectName(QStringLiteral("ipxeScriptEdit"));
    m_ipxeScript->setPlaceholderText(tr("boot.ipxe from the netboot folder"));
    auto *scriptLabel = new QLabel(tr("Script for iPXE:"), files);
    scriptLabel->setBuddy(m_ipxeScript);
    grid->addWidget(scriptLabel, afterFiles + 2, 0);
    grid->addWidget(m_ipxeScript, afterFiles + 2, 1, 1, 3);
    m_ipxeScriptError = new QLabel(files);
    m_ipxeScriptError->setObjectName(QStringLiteral("error_boot.ipxeScript"));
    m_ipxeScriptError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_ipxeScriptError->setTextFormat(Qt::PlainText);
    m_ipxeScriptError->hide();
    grid->addWidget(m_ipxeScriptError, afterFiles + 3, 1, 1, 3);
    layout->addWidget(files);

    // ---- menu editor and preview ----
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("menuSplitter"));
    auto *editorPane = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *editorBar = new QHBoxLayout;
    m_menuFile = new QComboBox(editorPane);
    m_menuFile->setObjectName(QStringLiteral("menuFileBox"));
    m_menuFile->setMinimumContentsLength(16);
    m_saveMenu = new QPushButton(tr("Save menu"), editorPane);
    m_saveMenu->setObjectName(QStringLiteral("saveMenuButton"));
    m_revertMenu = new QPushButton(tr("Revert"), editorPane);
    m_revertMenu->setToolTip(tr("Throw away the edits and read the file again"));
    m_menuState = new QLabel(editorPane);
    auto *menuLabel = new QLabel(tr("iPXE menu:"), editorPane);
    menuLabel->setBuddy(m_menuFile);
    editorBar->addWidget(menuLabel);
    editorBar->addWidget(m_menuFile, 1);
    editorBar->addWidget(m_menuState);
    editorBar->addWidget(m_saveMenu);
    editorBar->addWidget(m_revertMenu);
    editorLayout->addLayout(editorBar);
    m_editor = makeScriptView(editorPane, QStringLiteral("menuEditor"), false, true);
    editorLayout->addWidget(m_editor, 1);
    m_issues = new QListWidget(editorPane);
    m_issues->setObjectName(QStringLiteral("menuIssues"));
    m_issues->setMaximumHeight(m_issues->fontMetrics().height() * 4 + 10);
    m_issues->setToolTip(tr("Double-click a problem to go to its line"));
    editorLayout->addWidget(m_issues);

    auto *previewPane = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewBar = new QHBoxLayout;
    m_previewMachine = new QComboBox(previewPane);
    m_previewMachine->setObjectName(QStringLiteral("previewMachineBox"));
    m_previewMachine->addItem(tr("BIOS machine (undionly.kpxe)"));
    m_previewMachine->addItem(tr("UEFI x64 machine (ipxe.efi)"));
    m_previewMachine->addItem(tr("UEFI ARM64 machine"));
    m_previewMachine->setCurrentIndex(1);
    auto *previewLabel = new QLabel(tr("Preview for:"), previewPane);
    previewLabel->setBuddy(m_previewMachine);
    previewBar->addWidget(previewLabel);
    previewBar->addWidget(m_previewMachine, 1);
    previewLayout->addLayout(previewBar);
    auto *previewTabs = new QTabWidget(previewPane);
    m_menuPreview = makeScriptView(previewTabs, QStringLiteral("menuPreview"), true, false);
    // iPXE's own colours: white on blue with the chosen line highlighted is what the machine shows.
    m_menuPreview->viewport()->installEventFilter(this);
    m_menuPreview->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #000000; color: #d0d0d0; }"));
    previewTabs->addTab(m_menuPreview, tr("Menu on the machine"));
    auto *scriptPage = new QWidget(previewTabs);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    scriptLayout->setContentsMargins(4, 4, 4, 4);
    m_scriptNote = new QLabel(scriptPage);
    m_scriptNote->setWordWrap(true);
    m_scriptPreview = makeScriptView(scriptPage, QStringLiteral("scriptPreview"), true, true);
    scriptLayout->addWidget(m_scriptNote);
    scriptLayout->addWidget(m_scriptPreview, 1);
    previewTabs->addTab(scriptPage, tr("Script as sent"));
    previewLayout->addWidget(previewTabs, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(400);
    connect(&m_previewTimer, &QTimer::timeout, this, &BootFilesPanel::updatePreview);
    connect(&m_rescanTimer, &QTimer::timeout, this, &BootFilesPanel::rescanFolder);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        m_menuState->setText(modified ? tr("(changed)") : m_menuIsNew ? tr("(new: not saved yet)") : QString());
        m_saveMenu->setEnabled(modified || m_menuIsNew);
        m_revertMenu->setEnabled(modified);
    });
    connect(m_previewMachine, &QComboBox::currentIndexChanged, this, &BootFilesPanel::updatePreview);
    connect(m_issues, &QListWidget::itemActivated, this, &BootFilesPanel::jumpToIssue);
    connect(m_menuFile, &QComboBox::activated, this, &BootFilesPanel::onMenuFileChosen);
    connect(m_saveMenu, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveMenu(&error))
            QMessageBox::warning(this, tr("Save menu"), error);
    });
    connect(m_revertMenu, &QPushButton::clicked, this, [this] { openMenuFile(m_menuRelativePath); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Netboot folder"), folder());
        if (!dir.isEmpty())
            m_netbootDir->setText(dir);
    });
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    connect(m_netbootDir, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_rescanTimer.start();
        emit edited();
    });
    connect(m_chainload, &QCheckBox::toggled, this, [this] {
        if (!m_loading) {
            rescanFolder();
            emit edited();
        }
    });
    connect(m_ipxeScript, &QLineEdit::textEdited, this, &BootFilesPanel::edited);
    m_saveMenu->setEnabled(false);
    m_revertMenu->setEnabled(false);
}

QString BootFilesPanel::folder() const
{
    Profile p = m_context;
    p.boot.netbootDir = m_netbootDir->text().trimmed();
    return p.resolvedNetbootDir();
}

void BootFilesPanel::setProfile(const Profile &profile)
{
    m_loading = true;
    m_context = profile;
    m_netbootDir->setText(profile.boot.netbootDir);
    m_chainload->setChecked(profile.boot.chainloadIpxe);
    m_ipxeScript->setText(profile.boot.ipxeScript);
    rescanFolder(); // the menu is reopened only when the folder changed
    for (auto it = m_bootFiles.cbegin(); it != m_bootFiles.cend(); ++it) {
        const QString value = profile.boot.files.value(it.key());
        QComboBox *box = it.value();
        const int found = value.isEmpty() ? 0 : box->findData(value);
        if (found >= 0)
            box->setCurrentIndex(found);
        else
            box->setEditText(value);
    }
    m_loading = false;
    updateBootFileNotes(); // now that the choices are in
}

QString BootFilesPanel::chosenBootFile(const QString &archTag) const
{
    const QComboBox *box = m_bootFiles.value(archTag);
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    return index >= 0 ? box->itemData(index).toString() : text;
}

Profile BootFilesPanel::applyTo(Profile base, QStringList *problems) const
{
    Q_UNUSED(problems) // every value here is acceptable text; Profile::validate() judges them
    base.boot.netbootDir = m_netbootDir->text().trimmed();
    base.boot.chainloadIpxe = m_chainload->isChecked();
    base.boot.ipxeScript = m_ipxeScript->text().trimmed();
    for (const QString &tag : m_bootFiles.keys()) {
        const QString file = chosenBootFile(tag);
        if (file.isEmpty())
            base.boot.files.remove(tag);
        else
            base.boot.files.insert(tag, file);
    }
    return base;
}

QStringList BootFilesPanel::showProblems(const QStringList &problems)
{
    QStringList rest;
    QStringList folderProblems;
    QStringList scriptProblems;
    QStringList fileProblems;
    for (const QString &problem : problems) {
        const QString field = problem.section(u':', 0, 0);
        const QString text = problem.section(u':', 1).trimmed();
        if (field == u"boot.netbootDir")
            folderProblems << text;
        else if (field == u"boot.ipxeScript")
            scriptProblems << text;
        else if (field.startsWith(u"boot.files"))
            fileProblems << problem;
        else if (field.startsWith(u"boot."))
            fileProblems << problem;
        else
            rest << problem;
    }
    m_netbootError->setText(folderProblems.join(u'\n'));
    m_netbootError->setVisible(!folderProblems.isEmpty());
    m_ipxeScriptError->setText((scriptProblems + fileProblems).join(u'\n'));
    m_ipxeScriptError->setVisible(!scriptProblems.isEmpty() || !fileProblems.isEmpty());
    return rest;
}

void BootFilesPanel::setServerContext(const Profile &edited)
{
    const bool folderChanged = edited.resolvedNetbootDir() != m_context.resolvedNetbootDir();
    m_context = edited;
    if (folderChanged)
        m_rescanTimer.start();
    m_previewTimer.start();
}

void BootFilesPanel::rescanFolder()
{
    const QString dir = folder();
    const bool wasLoading = m_loading;
    m_loading = true;
    // Files in the folder and one level below, like BootPolicy looks for them.
    QStringList bootFiles;
    QStringList menus;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    const QDir root(dir);
    int seen = 0;
    while (it.hasNext() && ++seen < MaxFolderEntries) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative.count(u'/') > 1)
            continue;
        if (looksLikeBootFile(relative))
            bootFiles << relative;
        if (IpxeTemplate::isTemplateName(relative))
            menus << relative;
    }
    bootFiles.sort(Qt::CaseInsensitive);
    menus.sort(Qt::CaseInsensitive);

    BootPolicy::Config config;
    config.netbootDir = dir;
    config.chainloadIpxe = m_chainload->isChecked();
    const BootPolicy policy(config);
    m_folderBootFiles = bootFiles;
    for (auto box = m_bootFiles.cbegin(); box != m_bootFiles.cend(); ++box) {
        const QString tag = box.key();
        const QString choice = wasLoading ? QString() : chosenBootFile(tag);
        // HTTP Boot machines load the same EFI programs as their PXE relatives.
        const QString lookup = tag.startsWith(u"http-") ? QStringLiteral("uefi-") + tag.mid(5) : tag;
        const QString automatic = policy.findInFolder(BootPolicy::candidates(lookup, config.chainloadIpxe));
        QComboBox *c = box.value();
        const QString typed = c->currentText();
        const bool typedIsItem = c->findText(typed) >= 0;
        c->blockSignals(true);
        c->clear();
        c->addItem(automatic.isEmpty() ? tr("Automatic: nothing suitable in the folder") : tr("Automatic: %1").arg(automatic),
                   QString());
        c->setItemData(0, automatic, AutomaticFileRole);
        for (const QString &file : std::as_const(bootFiles))
            c->addItem(file, file);
        if (choice.isEmpty())
            c->setCurrentIndex(0);
        else if (const int index = c->findData(choice); index >= 0)
            c->setCurrentIndex(index);
        else
            c->setEditText(typedIsItem ? choice : typed);
        c->blockSignals(false);
    }
    updateBootFileNotes();

    if (dir != m_scannedFolder) {
        offerToSaveMenu(); // the edits belong to the old folder's file
        m_scannedFolder = dir;
        m_menuFile->clear();
        for (const QString &menu : std::as_const(menus))
            m_menuFile->addItem(menu, menu);
        // The script iPXE machines get, when it is a file here; else boot.ipxe.
        QString wanted = m_ipxeScript->text().trimmed();
        if (wanted.isEmpty() || isUrl(wanted) || !IpxeTemplate::isTemplateName(wanted))
            wanted = QStringLiteral("boot.ipxe");
        if (m_menuFile->findData(wanted) < 0)
            m_menuFile->addItem(tr("%1 (new)").arg(wanted), wanted);
        m_menuFile->setCurrentIndex(m_menuFile->findData(wanted));
        openMenuFile(wanted);
    }
    m_loading = wasLoading;
}

void BootFilesPanel::updateBootFileNotes()
{
    const QString dir = folder();
    QStringList notes;
    for (auto box = m_bootFiles.cbegin(); box != m_bootFiles.cend(); ++box) {
        const QString tag = box.key();
        const QComboBox *c = box.value();
        const QString choice = chosenBootFile(tag);
        const QString automatic = c->itemData(0, AutomaticFileRole).toString();
        if (!choice.isEmpty() && !isUrl(choice) && !m_folderBootFiles.contains(choice, Qt::CaseInsensitive)
            && !QFileInfo::exists(QDir(dir).filePath(choice)))
            notes << tr("%1 is not in the netboot folder").arg(choice);
        else if (choice.isEmpty() && automatic.isEmpty() && (tag == u"bios" || tag == u"uefi-x64"))
            notes << tr("no boot file for machines of type %1 in the folder: they cannot boot").arg(c->property("machineType").toString());
    }
    m_bootFilesNote->setText(notes.join(u'\n'));
    m_bootFilesNote->setVisible(!notes.isEmpty());
}

QString BootFilesPanel::menuPath() const
{
    return QDir(m_scannedFolder.isEmpty() ? folder() : m_scannedFolder).filePath(m_menuRelativePath);
}

void BootFilesPanel::offerToSaveMenu()
{
    if (!isMenuModified())
        return;
    const auto answer = QMessageBox::question(this, tr("iPXE menu"),
                                              tr("The menu %1 has changes that are not saved. Save them?").arg(menuPath()),
                                              QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
    QString error;
    if (answer == QMessageBox::Save && !saveMenu(&error))
        QMessageBox::warning(this, tr("Save menu"), error);
}

bool BootFilesPanel::isMenuModified() const
{
    return m_editor->document()->isModified();
}

void BootFilesPanel::openMenuFile(const QString &relativePath)
{
    m_menuRelativePath = relativePath;
    QFile file(menuPath());
    QString text;
    if (file.exists()) {
        if (file.size() > MaxMenuFileBytes || !file.open(QIODevice::ReadOnly)) {
            m_editor->setPlainText(QString());
            m_editor->setReadOnly(true);
            m_menuIsNew = false;
            m_saveMenu->setEnabled(false);
            m_revertMenu->setEnabled(false);
            m_menuState->setText(file.size() > MaxMenuFileBytes ? tr("(too large to edit)") : tr("(cannot read)"));
            updatePreview();
            return;
        }
        text = QString::fromUtf8(file.readAll());
    } else {
        // A new menu starts from the bundled one.
        QFile bundled(QDir(bundledNetbootDir()).filePath(QStringLiteral("boot.ipxe")));
        if (bundled.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(bundled.readAll());
    }
    m_editor->setReadOnly(false);
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    // A menu that is not on disk yet starts from the bundled one; Save writes it.
    m_menuIsNew = !file.exists();
    m_menuState->setText(m_menuIsNew ? tr("(new: not saved yet)") : QString());
    m_saveMenu->setEnabled(m_menuIsNew);
    updatePreview();
}

void BootFilesPanel::onMenuFileChosen(int index)
{
    const QString relative = m_menuFile->itemData(index).toString();
    if (relative == m_menuRelativePath)
        return;
    if (isMenuModified()) {
        const auto answer = QMessageBox::question(this, tr("iPXE menu"),
                                                  tr("The menu %1 has changes that are not saved. Save them?").arg(m_menuRelativePath),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        QString error;
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveMenu(&error))) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Save menu"), error);
            m_menuFile->setCurrentIndex(m_menuFile->findData(m_menuRelativePath));
            return;
        }
    }
    openMenuFile(relative);
}

bool BootFilesPanel::saveMenu(QString *errorText)
{
    const QString path = menuPath();
    if (m_editor->isReadOnly()) { // a file the editor could not open is never overwritten
        if (errorText)
            *errorText = tr("%1 was not opened for editing: it is not saved.").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QString reason = tr("Cannot write %1: %2").arg(path, file.errorString());
        if (QFileInfo(path).absolutePath() == QFileInfo(bundledNetbootDir()).absoluteFilePath())
            reason += u'\n' + tr("The bundled netboot folder may be read-only: choose a folder of your own above, copy "
                                 "your boot files there, and save the menu again.");
        if (errorText)
            *errorText = reason;
        return false;
    }
    m_menuIsNew = false;
    m_editor->document()->setModified(false);
    m_menuState->setText(QString());
    m_saveMenu->setEnabled(false);
    const int index = m_menuFile->findData(m_menuRelativePath);
    if (index >= 0)
        m_menuFile->setItemText(index, m_menuRelativePath);
    return true;
}

void BootFilesPanel::updatePreview()
{
    const QString script = m_editor->toPlainText();
    const IpxeScript::Outline outline = IpxeScript::outline(script);

    m_issues->clear();
    for (const IpxeScript::Issue &issue : outline.issues) {
        const bool error = issue.severity == IpxeScript::Issue::Severity::Error;
        auto *item = new QListWidgetItem(tr("line %1: %2").arg(issue.line).arg(issue.message), m_issues);
        item->setData(Qt::UserRole, issue.line);
        item->setForeground(error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9c, 0x5d, 0x00));
    }
    if (outline.issues.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."), m_issues);
        item->setForeground(QColor(0x26, 0x8b, 0x3a));
    }

    // The client the preview pretends to be.
    const PreviewMachine &machine = PreviewMachines[qBound(0, m_previewMachine->currentIndex(), 2)];
    const QString serverHost = m_context.serverAddress.isNull() ? QStringLiteral("192.168.50.1")
                                                                : IpxeTemplate::urlHost(m_context.serverAddress);
    const QString clientIp = !m_context.dhcp.poolBegin.isNull() ? m_context.dhcp.poolBegin.toString()
                                                                : QStringLiteral("192.168.50.100");
    const QString mac = QStringLiteral("52:54:00:12:34:56");
    IpxeTemplate::Values values;
    values.server = serverHost;
    values.httpPort = m_context.http.port;
    values.tftpPort = m_context.tftp.port;
    values.mac = mac;
    values.arch = QString::fromLatin1(machine.buildarch);
    values.clientIp = clientIp;
    const bool rendered = m_context.http.enabled && m_context.http.renderTemplates;
    const QString sent = rendered ? QString::fromUtf8(IpxeTemplate::render(script.toUtf8(), values)) : script;
    if (!m_context.http.enabled)
        m_scriptNote->setText(tr("HTTP is off: iPXE machines fetch this file over TFTP, exactly as it is."));
    else if (!rendered)
        m_scriptNote->setText(tr("Templates are off (http.renderTemplates): the file is sent exactly as it is."));
    else
        m_scriptNote->setText(tr("What %1 receives from %2 over HTTP: {{placeholders}} filled in, ${settings} left for iPXE.")
                                  .arg(mac, serverHost));
    m_scriptPreview->setPlainText(sent);

    // iPXE fills ${settings} on the client: the usual ones, and what the script sets itself.
    QHash<QString, QString> settings = outline.settings;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        it.value() = QString::fromUtf8(IpxeTemplate::render(it.value().toUtf8(), values));
    const std::pair<const char *, QString> known[] = {
        {"net0/mac", mac},     {"mac", mac},         {"net0/ip", clientIp},
        {"ip", clientIp},      {"platform", QString::fromLatin1(machine.platform)},
        {"buildarch", QString::fromLatin1(machine.buildarch)},
        {"next-server", m_context.serverAddress.toString()},
        {"net0/netmask", m_context.dhcp.subnetMask.toString()}};
    for (const auto &[name, value] : known)
        settings.insert(QString::fromLatin1(name), value);
    const IpxeScript::Outline sentOutline = IpxeScript::outline(sent);
    // As wide as the pane shows (iPXE's screen is 80 columns; narrower panes get a narrower menu).
    const int columnWidth = qMax(1, m_menuPreview->fontMetrics().horizontalAdvance(u'M'));
    const int columns = qBound(40, (m_menuPreview->viewport()->width() - 8) / columnWidth, 80);
    QStringList screens;
    for (const IpxeScript::Menu &menu : sentOutline.menus)
        screens << IpxeScript::renderMenu(menu, settings, columns);
    m_menuPreview->setPlainText(screens.isEmpty() ? tr("(This script shows no menu: it boots straight away.)")
                                                  : screens.join(QStringLiteral("\n\n") + QString(columns, u'-') + QStringLiteral("\n\n")));
}

bool BootFilesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menuPreview->viewport() && event->type() == QEvent::Resize)
        m_previewTimer.start();
    return QWidget::eventFilter(watched, event);
}

QString BootFilesPanel::renderedMenuText() const
{
    return m_menuPreview->toPlainText();
}

QString BootFilesPanel::scriptAsSentText() const
{
    return m_scriptPreview->toPlainText();
}

void BootFilesPanel::jumpToIssue()
{
    const QListWidgetItem *item = m_issues->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(item->data(Qt::UserRole).toInt() - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus();
}

} // namespace Bootcast
