// SPDX-License-Identifier: GPL-3.0-or-later
// The look every list of VMs, images or jobs shares: whole rows selected (several at once),
// sortable, alternating rows without a grid, one line per row, movable columns.
#pragma once

class QTableView;
class QWidget;

namespace virtdeck {

QTableView *makeListTable(QWidget *parent);

} // namespace virtdeck
