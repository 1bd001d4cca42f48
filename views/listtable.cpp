// SPDX-License-Identifier: GPL-3.0-or-later
#include "listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace virtdeck {

QTableView *makeListTable(QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->setSortingEnabled(true);
    v->setAlternatingRowColors(true);
    v->setShowGrid(false);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setSectionsMovable(true);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

} // namespace virtdeck
