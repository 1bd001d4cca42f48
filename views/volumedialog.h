// SPDX-License-Identifier: GPL-3.0-or-later
// Asks where and how to create a volume, or where to upload a local file: host and pool (the
// active pools of the pool table), name, and for a new volume its format and size.
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QDialogButtonBox;

namespace virtdeck {

class PoolTableModel;

class VolumeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Upload };
    VolumeDialog(Mode mode, PoolTableModel *pools, QWidget *parent = nullptr);

    // Preselects a pool (connection + name) when it is active.
    void selectPool(const QString &connectionId, const QString &pool);
    void setName(const QString &name);

    QString connectionId() const;
    QString pool() const;
    QString name() const;
    QString format() const;
    quint64 capacityBytes() const;

private:
    void validate();

    Mode m_mode;
    QComboBox *m_pool;
    QLineEdit *m_name;
    QComboBox *m_format = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace virtdeck
