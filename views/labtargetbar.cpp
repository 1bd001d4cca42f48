// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtargetbar.h"

#include "labs/labstudentmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabTargetBar::LabTargetBar(QTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_label(new QLabel(this))
    , m_all(new QToolButton(this)) {
    m_label->setObjectName(u"labActsOn"_s);
    m_all->setObjectName(u"labActOnAll"_s);
    m_all->setText(tr("All Students"));
    m_all->setToolTip(tr("Clear the selection: the buttons act on every student of the lab "
                         "(Esc in the table does the same)"));
    connect(m_all, &QToolButton::clicked, m_table, &QAbstractItemView::clearSelection);
    // Esc in the table is the keyboard's way back to the whole lab.
    m_table->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_all);
    layout->addStretch(1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LabTargetBar::update);
    // A new lab (or a refresh) replaces the rows: a selection that went with them is gone.
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &LabTargetBar::update);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &LabTargetBar::update);
    update();
}

bool LabTargetBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        m_table->selectionModel()->hasSelection()) {
        m_table->clearSelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LabTargetBar::setStudentCount(int count) {
    m_count = count;
    update();
}

QStringList LabTargetBar::selectedStudents() const {
    QStringList out;
    for (const auto &idx : m_table->selectionModel()->selectedRows())
        out << idx.data(LabStudentModel::StudentIdRole).toString();
    out.removeDuplicates();
    out.sort();
    return out;
}

QString LabTargetBar::text() const {
    return m_label->text();
}

QString LabTargetBar::describe(const QStringList &selected, int studentCount) {
    // Whole words, not "student(s)": the line is read before every click.
    if (selected.isEmpty())
        return studentCount == 1 ? tr("the lab's one student")
                                 : tr("all %1 students").arg(studentCount);
    if (selected.size() == 1)
        return tr("%1 only").arg(selected.constFirst());
    return tr("%1 selected students").arg(selected.size());
}

void LabTargetBar::update() {
    const QStringList selected = selectedStudents();
    m_label->setText(tr("Acts on: %1").arg(describe(selected, m_count)));
    m_label->setToolTip(selected.join(u", "_s));
    m_all->setEnabled(!selected.isEmpty());
}

} // namespace virtdeck
