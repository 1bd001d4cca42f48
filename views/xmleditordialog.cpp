// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmleditordialog.h"

#include "core/linediff.h"
#include "xmlhighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <utility>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit *makeCodeView(QWidget *parent) {
    auto *e = new QPlainTextEdit(parent);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setTabStopDistance(e->fontMetrics().horizontalAdvance(u' ') * 2);
    return e;
}

QString kindText(XmlObjectKind k) {
    switch (k) {
    case XmlObjectKind::Domain:
        return XmlEditorDialog::tr("VM");
    case XmlObjectKind::StoragePool:
        return XmlEditorDialog::tr("storage pool");
    case XmlObjectKind::Network:
        return XmlEditorDialog::tr("network");
    }
    return {};
}
} // namespace

XmlEditorDialog::XmlEditorDialog(ConnectionManager *manager, const QString &connectionId,
                                 XmlObjectKind kind, const QString &uuid, const QString &objectName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(new XmlDefinitionService(manager, connectionId, kind, uuid, this))
    , m_kind(kind) {
    setWindowTitle(tr("Edit XML — %1").arg(objectName));
    setObjectName(u"XmlEditorDialog"_s);
    resize(860, 640);

    m_pages = new QStackedWidget(this);
    m_editor = makeCodeView(this);
    m_editor->setObjectName(u"xmlEditor"_s);
    m_editor->setPlaceholderText(tr("Loading the definition…"));
    m_highlighter = createXmlHighlighter(m_editor->document());
    m_pages->addWidget(m_editor);

    auto *diffPage = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffSummary = new QLabel(diffPage);
    m_diffSummary->setWordWrap(true);
    m_diff = makeCodeView(diffPage);
    m_diff->setObjectName(u"xmlDiff"_s);
    m_diff->setReadOnly(true);
    diffLayout->addWidget(m_diffSummary);
    diffLayout->addWidget(m_diff);
    m_pages->addWidget(diffPage);

    // libvirt's messages hold long schema paths and several lines: a small read-only text box
    // wraps them anywhere and lets the user copy them.
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(u"xmlMessage"_s);
    m_message->setReadOnly(true);
    m_message->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    m_message->setFrameShape(QFrame::NoFrame);
    m_message->viewport()->setAutoFillBackground(false);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reload->setToolTip(tr("Discard your edits and read the definition again"));
    m_back = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::ActionRole);
    m_review = buttons->addButton(tr("Re&view Changes…"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_back->hide();
    m_apply->hide();
    m_review->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        kind == XmlObjectKind::Domain
            ? tr("The persistent definition of this %1. libvirt checks it against its schema "
                 "before storing it; a running VM uses the new definition from its next boot.")
                  .arg(kindText(kind))
            : tr("The persistent definition of this %1. libvirt checks it against its schema "
                 "before storing it; an active %1 uses it once restarted.")
                  .arg(kindText(kind)),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (!reviewChanges())
            setMessage(tr("Nothing to apply: the text is the current definition."), false);
    });
    connect(m_back, &QPushButton::clicked, this, &XmlEditorDialog::showEditor);
    connect(m_apply, &QPushButton::clicked, this, &XmlEditorDialog::applyChanges);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (m_editor->toPlainText() != m_original &&
            QMessageBox::question(this, windowTitle(),
                                  tr("Discard your edits and read the definition again?")) !=
                QMessageBox::Yes)
            return;
        m_service->load();
    });
    connect(m_service, &XmlDefinitionService::loaded, this, &XmlEditorDialog::onLoaded);
    connect(m_service, &XmlDefinitionService::applied, this, &XmlEditorDialog::onApplied);
    m_service->load();
}

QString XmlEditorDialog::message() const {
    return m_message->toPlainText();
}

bool XmlEditorDialog::hasUnsavedEdits() const {
    return !m_original.isEmpty() && m_editor->toPlainText() != m_original;
}

void XmlEditorDialog::reject() {
    if (!hasUnsavedEdits()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("The definition has unsaved edits. Apply them before closing?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedEdits"_s);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    case QMessageBox::Save:
        // Closes in onApplied once libvirt accepted it; a refusal keeps the dialog and the text.
        m_closeWhenApplied = true;
        applyChanges();
        return;
    default:
        return;
    }
}

void XmlEditorDialog::setMessage(const QString &text, bool error) {
    m_message->setPlainText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * (error ? 5 : 1) + 12);
    m_message->setVisible(!text.isEmpty());
}

void XmlEditorDialog::showEditor() {
    m_pages->setCurrentIndex(0);
    m_back->hide();
    m_apply->hide();
    m_review->show();
    m_reload->show();
    m_review->setDefault(true);
    m_editor->setFocus();
}

bool XmlEditorDialog::reviewChanges() {
    const auto diff = diffLines(m_original, m_editor->toPlainText());
    const QString text = unifiedDiff(diff);
    if (text.isEmpty())
        return false;
    int added = 0, removed = 0;
    for (const auto &d : diff) {
        added += d.op == DiffLine::Op::Added;
        removed += d.op == DiffLine::Op::Removed;
    }
    m_diffSummary->setText(tr("Your edit removes %n line(s)", nullptr, removed) + u", "_s +
                           tr("adds %n line(s)", nullptr, added) + u". "_s +
                           tr("Apply stores the new definition if libvirt accepts it."));
    m_diff->setPlainText(text);
    // Colour whole lines: removed red, added green, hunk headers grey.
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        QColor bg;
        if (t.startsWith(u'+'))
            bg = QColor(0xe6, 0xf4, 0xea);
        else if (t.startsWith(u'-'))
            bg = QColor(0xfd, 0xe7, 0xe9);
        else if (t.startsWith(u"@@"_s))
            bg = QColor(0xec, 0xef, 0xf1);
        else
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(b);
        sel.format.setBackground(bg);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(sel);
    }
    m_diff->setExtraSelections(marks);
    m_pages->setCurrentIndex(1);
    m_review->hide();
    m_reload->hide();
    m_back->show();
    m_apply->show();
    m_apply->setDefault(true);
    setMessage({}, false);
    return true;
}

void XmlEditorDialog::applyChanges() {
    m_apply->setEnabled(false);
    setMessage(tr("Applying…"), false);
    m_service->apply(m_editor->toPlainText());
}

void XmlEditorDialog::onLoaded(const QString &xml, const QString &error) {
    if (!error.isEmpty()) {
        setMessage(tr("Cannot read the definition: %1").arg(error), true);
        return;
    }
    m_original = xml;
    m_editor->setPlainText(xml);
    showEditor();
    setMessage({}, false);
}

void XmlEditorDialog::onApplied(bool ok, const QString &message, const QString &,
                                const QString &xml) {
    m_apply->setEnabled(true);
    const bool close = std::exchange(m_closeWhenApplied, false);
    if (!ok) {
        // Keep the user's text: back to the editor with libvirt's own words.
        showEditor();
        setMessage(tr("libvirt did not accept the definition: %1").arg(message), true);
        return;
    }
    if (!xml.isEmpty()) {
        m_original = xml;
        m_editor->setPlainText(xml);
    }
    showEditor();
    setMessage(tr("Definition stored."), false);
    if (close)
        QDialog::reject();
}

} // namespace virtdeck
