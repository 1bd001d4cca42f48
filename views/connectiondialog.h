// SPDX-License-Identifier: GPL-3.0-or-later
// Adds or edits one connection: QEMU/KVM system or session, remote over SSH, or a custom URI.
#pragma once

#include "core/connectionconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace virtdeck {

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setConfig(const ConnectionConfig &config);
    ConnectionConfig config() const;

    void accept() override;

private:
    void updateFields();
    void browseKeyFile();

    ConnectionConfig m_config;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QFormLayout *m_form;
    QLineEdit *m_user;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_keyFile;
    QWidget *m_keyRow;
    QLineEdit *m_uri;
    QCheckBox *m_autoconnect;
    QCheckBox *m_readOnly;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace virtdeck
