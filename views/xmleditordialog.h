// SPDX-License-Identifier: GPL-3.0-or-later
// Edits the XML definition of a domain, storage pool or network: highlighted text, a line diff
// against the current definition before anything is applied, and libvirt's schema validation.
// A rejected definition shows libvirt's message and keeps the user's text. GUI thread.
#pragma once

#include "domains/libvirt/xmldefinitionservice.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QSyntaxHighlighter;

namespace virtdeck {

class ConnectionManager;

class XmlEditorDialog : public QDialog {
    Q_OBJECT
public:
    XmlEditorDialog(ConnectionManager *manager, const QString &connectionId, XmlObjectKind kind,
                    const QString &uuid, const QString &objectName, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    XmlDefinitionService *service() const { return m_service; }
    // The definition as libvirt last gave it.
    QString original() const { return m_original; }
    // Switches to the diff page (what "Review and Apply" does); false when nothing changed.
    bool reviewChanges();
    // Defines the edited text now (what "Apply" on the diff page does).
    void applyChanges();
    QString message() const;
    // True when the editor holds text that differs from the stored definition.
    bool hasUnsavedEdits() const;

    // Close, Esc and the window's close button: with unsaved edits, asks Save, Discard or
    // Cancel first (Save applies and closes once libvirt accepted the definition).
    void reject() override;

private:
    void setMessage(const QString &text, bool error);
    void showEditor();
    void onLoaded(const QString &xml, const QString &error);
    void onApplied(bool ok, const QString &message, const QString &uuid, const QString &xml);

    XmlDefinitionService *m_service;
    XmlObjectKind m_kind;
    QString m_original;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_message;
    QLabel *m_diffSummary;
    QPushButton *m_review;
    QPushButton *m_reload;
    QPushButton *m_apply;
    QPushButton *m_back;
    QSyntaxHighlighter *m_highlighter;
    bool m_closeWhenApplied = false;
};

} // namespace virtdeck
