#pragma once

#include "core/Profile.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Bootcast {

// The Boot files tab: the netboot folder, the boot file per machine type (automatic from the folder
// unless chosen), whether PXE machines get iPXE first, and the iPXE menu editor with highlighting,
// checks and a preview of what a client receives and sees. The boot fields belong to the profile;
// the menu is a file in the netboot folder, saved with its own Save button.
class BootFilesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BootFilesPanel(QWidget *parent = nullptr);

    void setProfile(const Bootcast::Profile &profile);
    Profile applyTo(Profile base, QStringList *problems) const;
    // Shows the boot.* problems beside their fields; returns the others.
    QStringList showProblems(const QStringList &problems);
    // The profile as edited now: its folder, server address and ports feed the preview.
    void setServerContext(const Bootcast::Profile &edited);

    QString menuPath() const;
    bool isMenuModified() const;
    // Writes the editor's text to the menu file; false (and the reason in errorText) when it cannot.
    bool saveMenu(QString *errorText = nullptr);
    // The preview's texts, as shown (for tests and screenshots).
    QString renderedMenuText() const;
    QString scriptAsSentText() const;

    // Boot files are looked for among these architecture tags (BootPolicy's).
    static QStringList archTags();

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rescanFolder();
    void updateBootFileNotes();
    void openMenuFile(const QString &relativePath);
    void offerToSaveMenu(); // asks Save/Discard when the editor holds unsaved edits
    void onMenuFileChosen(int index);
    void updatePreview();
    void jumpToIssue();
    QString folder() const;
    QString chosenBootFile(const QString &archTag) const;

    Profile m_context;
    bool m_loading = false;
    QLineEdit *m_netbootDir = nullptr;
    QLabel *m_netbootError = nullptr;
    QHash<QString, QComboBox *> m_bootFiles; // arch tag -> its picker
    QLabel *m_bootFilesNote = nullptr;
    QCheckBox *m_chainload = nullptr;
    QLineEdit *m_ipxeScript = nullptr;
    QLabel *m_ipxeScriptError = nullptr;

    QComboBox *m_menuFile = nullptr;
    QString m_menuRelativePath;
    bool m_menuIsNew = false; // not on disk yet
    QPushButton *m_saveMenu = nullptr;
    QPushButton *m_revertMenu = nullptr;
    QLabel *m_menuState = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_issues = nullptr;
    QComboBox *m_previewMachine = nullptr;
    QPlainTextEdit *m_menuPreview = nullptr;
    QPlainTextEdit *m_scriptPreview = nullptr;
    QLabel *m_scriptNote = nullptr;
    QTimer m_previewTimer;
    QTimer m_rescanTimer;
    QString m_scannedFolder;
    QStringList m_folderBootFiles;
};

} // namespace Bootcast
