// SPDX-License-Identifier: GPL-3.0-or-later
// Two plans for the same rebalance or evacuation side by side (the solver's and the greedy one):
// for each its moves, how many, the memory and vCPU load of every host after them with the
// highest, and how it was found; the user picks the one to carry out (the first by default).
// Shows values only: the plans are made by the caller. GUI thread.
#pragma once

#include "migration/evacuationplan.h"
#include "scheduler/placement.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QRadioButton;
class QWidget;

namespace virtdeck {

class MovePlanDialog : public QDialog {
    Q_OBJECT
public:
    // `titles`: a heading per plan ("Solver", "Greedy"); `hosts` as the plans index them.
    MovePlanDialog(const QString &title, const QList<MovePlan> &plans, const QStringList &titles,
                   const QList<HostCapacity> &hosts, const PlacementOptions &options,
                   QWidget *parent = nullptr);
    // The plan picked (0 unless the user chose another).
    int chosen() const;
    const MovePlan &chosenPlan() const { return m_plans.at(chosen()); }

    // A host's load after `plan`'s live moves (shut-off VMs consume nothing): memory and vCPUs
    // committed over what the options allow (1.0 = full). Pure.
    struct Load {
        double memory = 0;
        double vcpus = 0;
    };
    static QList<Load> loadsAfter(const QList<HostCapacity> &hosts, const MovePlan &plan,
                                  const PlacementOptions &options);

private:
    QWidget *planColumn(int index, const QString &title);

    QList<MovePlan> m_plans;
    QList<HostCapacity> m_hosts;
    PlacementOptions m_options;
    QList<QRadioButton *> m_picks;
};

} // namespace virtdeck
