// SPDX-License-Identifier: GPL-3.0-or-later
// "New lab": name, template VM, roster file, naming pattern and target hosts, and on a second
// page the lab's settings (networks, data disks, batches, idle time, end date). Its LabService
// reads the roster and saves the lab off the GUI thread; roster errors are listed by line and
// nothing is saved. GUI thread.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace virtdeck {

class LabService;
class LabSettingsForm;
class Workspace;

class LabDialog : public QDialog {
    Q_OBJECT
public:
    LabDialog(Workspace *workspace, const QString &databasePath, QWidget *parent = nullptr);
    QString labName() const;

    void accept() override;

private:
    void showProblem(const QString &text);

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
};

} // namespace virtdeck
