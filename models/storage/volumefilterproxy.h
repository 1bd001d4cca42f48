// SPDX-License-Identifier: GPL-3.0-or-later
// Filters and sorts the volume table by text, host, pool, templates and use. GUI thread.
#pragma once

#include <QSortFilterProxyModel>

namespace virtdeck {

class VolumeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Use { Any, Used, Unused, Templates };
    Q_ENUM(Use)

    explicit VolumeFilterProxy(QObject *parent = nullptr);

    // Case-insensitive substring of name, pool, host, path, backing file or a VM using it.
    void setText(const QString &text);
    // Empty: every host / every pool.
    void setConnectionId(const QString &connectionId);
    void setPool(const QString &pool);
    void setUse(Use use);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_connectionId;
    QString m_pool;
    Use m_use = Use::Any;
};

} // namespace virtdeck
