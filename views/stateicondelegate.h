// SPDX-License-Identifier: GPL-3.0-or-later
// Paints a state icon before the text of a state column (domain or connection state).
#pragma once

#include <QStyledItemDelegate>

namespace virtdeck {

class StateIconDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Domain, Connection };
    // `stateRole` holds the state enum as int in the model.
    StateIconDelegate(Kind kind, int stateRole, QObject *parent = nullptr);
    // A role whose text becomes the cell's tooltip (e.g. why a connection failed); -1 for none.
    void setToolTipRole(int role) { m_toolTipRole = role; }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
    int m_stateRole;
    int m_toolTipRole = -1;
};

} // namespace virtdeck
