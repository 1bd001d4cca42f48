// SPDX-License-Identifier: GPL-3.0-or-later
// The line beside the Labs pane's buttons that says what they will act on ("Acts on: all 6
// students", "Acts on: s03 only", "Acts on: 3 selected students"), following the students
// table's selection, with the way back to the whole lab: its "All Students" button, or Esc in
// the table (both clear the selection, and no selection means the whole lab). GUI thread.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace virtdeck {

class LabTargetBar : public QWidget {
    Q_OBJECT
public:
    // Follows `table`'s selection; its rows carry LabStudentModel::StudentIdRole.
    LabTargetBar(QTableView *table, QWidget *parent = nullptr);
    // The number of students of the lab shown (what "all" means).
    void setStudentCount(int count);
    // The selected students' ids, sorted; empty: the whole lab.
    QStringList selectedStudents() const;
    QString text() const;
    // "all 6 students", "s03 only", "3 selected students": what an action acts on.
    static QString describe(const QStringList &selected, int studentCount);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QTableView *m_table;
    QLabel *m_label;
    QToolButton *m_all;
    int m_count = 0;
};

} // namespace virtdeck
