// SPDX-License-Identifier: GPL-3.0-or-later
// "New lab": name, template VM, roster file, naming pattern and target hosts, and on a second
// page the lab's settings (networks, data disks, batches, idle time, end date). Its LabService
// reads the roster and saves the lab off the GUI thread; roster errors are listed by line and
// nothing is saved. GUI thread.
#pragma once

#include "core/replyguard.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace virtdeck {

class LabService;
class LabSettingsForm;
struct Lab;
struct LabSettings;
class Workspace;

// The template picker offers shut-off VMs only, templates of other labs first, never a lab's
// student VM, and selects none until the user does.
class LabDialog : public QDialog {
    Q_OBJECT
public:
    LabDialog(Workspace *workspace, const QString &databasePath, QWidget *parent = nullptr);
    ~LabDialog() override;
    QString labName() const;

    void accept() override;

private:
    void showProblem(const QString &text);
    // Asks every connected host for its lab student VMs and the labs for their templates; each
    // answer refills the template choices.
    void loadTemplateChoices();
    void fillTemplates();
    void checkTemplateInterface(const Lab &lab, const LabSettings &settings);
    void create(const Lab &lab, const LabSettings &settings);

    Workspace *m_workspace;
    LabService *m_service;
    QLineEdit *m_name;
    QComboBox *m_template;
    QLineEdit *m_roster;
    QLineEdit *m_pattern;
    QListWidget *m_hosts;
    LabSettingsForm *m_settings;
    QPlainTextEdit *m_errors;
    QPushButton *m_ok = nullptr;
    QCheckBox *m_addNic;
    QString m_nicAskedFor;        // the template the user was told has no network card
    QSet<QString> m_studentVms;   // never offered as a template
    QSet<QString> m_labTemplates; // offered first
    ReplyGuard<LabDialog> m_guard{this};
};

} // namespace virtdeck
