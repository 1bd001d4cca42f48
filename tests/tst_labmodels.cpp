// SPDX-License-Identifier: GPL-3.0-or-later
// The Labs pane's models, each under QAbstractItemModelTester: a lab's students (a row per
// student and role; an outcome changes only its cells; the same lab shown again keeps what is
// known of its VMs; states sort in their order) and the list of labs (applied row by row).
#include "labs/lablistmodel.h"
#include "labs/labstudentmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"test:///default"_s;

// Two roles; s01 placed, s02 not.
Lab twoRoleLab() {
    Lab lab;
    lab.name = u"net101"_s;
    lab.roles = {{u"client"_s, u"tc"_s}, {u"server"_s, u"ts"_s}};
    lab.students = {{u"s01"_s, u"Ann"_s, {}, {}}, {u"s02"_s, u"Bo"_s, {}, {}}};
    lab.hosts = {kHost};
    lab.assignments = {{u"s01"_s, kHost}};
    return lab;
}

LabVmOutcome outcome(const QString &vm, bool exists, DomainState state, bool ok,
                     const QString &message = {}) {
    LabVmOutcome o;
    o.task.vmName = vm;
    o.exists = exists;
    o.state = state;
    o.ok = ok;
    o.message = message;
    return o;
}

QString text(const QAbstractItemModel &m, int row, int column) {
    return m.index(row, column).data().toString();
}

Lab namedLab(const QString &name, int students = 1) {
    Lab lab;
    lab.name = name;
    lab.roles = {{u"vm"_s, u"t"_s}};
    for (int i = 1; i <= students; ++i)
        lab.students.append({u"s%1"_s.arg(i), u"S %1"_s.arg(i), {}, {}});
    return lab;
}
} // namespace

class TestLabModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void studentsOfALab();
    void outcomeChangesItsCells();
    void sameLabAgainKeepsWhatIsKnown();
    void statesSortInOrder();
    void labsApplyRowByRow();
};

void TestLabModels::studentsOfALab() {
    LabStudentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLab(twoRoleLab());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(LabStudentModel::ColumnCount));
    QCOMPARE(model.labName(), u"net101"_s);
    const int r = model.rowOf(u"s01"_s, u"server"_s);
    QVERIFY(r >= 0);
    QCOMPARE(text(model, r, LabStudentModel::Name), u"Ann"_s);
    QCOMPARE(text(model, r, LabStudentModel::Vm), u"net101-s01-server"_s);
    QCOMPARE(text(model, r, LabStudentModel::Host), kHost);
    QCOMPARE(text(model, r, LabStudentModel::State), QString()); // placed, not asked yet
    const int unplaced = model.rowOf(u"s02"_s, u"client"_s);
    QCOMPARE(text(model, unplaced, LabStudentModel::State), u"not provisioned"_s);
    QCOMPARE(model.index(unplaced, LabStudentModel::Vm).data(LabStudentModel::StudentIdRole),
             QVariant(u"s02"_s));
    QCOMPARE(model.rowOfVm(u"net101-s02-client"_s), unplaced);
    QCOMPARE(model.rowOf(u"s03"_s, u"client"_s), -1);
    QCOMPARE(model.headerData(LabStudentModel::LastResult, Qt::Horizontal).toString(),
             u"Last result"_s);
    model.setLab({});
    QCOMPARE(model.rowCount(), 0);
}

// A status outcome announces the cells it changed, with the sort role, and nothing else.
void TestLabModels::outcomeChangesItsCells() {
    LabStudentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLab(twoRoleLab());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int r = model.rowOf(u"s01"_s, u"client"_s);
    model.applyOutcome(outcome(u"net101-s01-client"_s, true, DomainState::Running, true), kHost);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(r, LabStudentModel::State));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(r, LabStudentModel::State));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(LabStudentModel::SortRole));
    QCOMPARE(text(model, r, LabStudentModel::State), u"Running"_s);
    // The same answer again changes nothing.
    model.applyOutcome(outcome(u"net101-s01-client"_s, true, DomainState::Running, true), kHost);
    QCOMPARE(changed.size(), 1);
    // Gone from another host: host, state and the message, in one range.
    model.applyOutcome(
        outcome(u"net101-s01-client"_s, false, DomainState::Shutoff, false, u"Not provisioned."_s),
        u"test:///other"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(r, LabStudentModel::Host));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(r, LabStudentModel::LastResult));
    QCOMPARE(text(model, r, LabStudentModel::State), u"missing"_s);
    QCOMPARE(text(model, r, LabStudentModel::LastResult), u"Not provisioned."_s);
    // An outcome for a VM the lab does not show is ignored.
    model.applyOutcome(outcome(u"elsewhere"_s, true, DomainState::Running, true), kHost);
    QCOMPARE(changed.size(), 2);
}

// After a job the pane shows the same lab again: rows that stay keep their state and last
// result, students dropped go, new ones come, and nothing is reset.
void TestLabModels::sameLabAgainKeepsWhatIsKnown() {
    LabStudentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Lab lab = twoRoleLab();
    model.setLab(lab);
    model.applyOutcome(outcome(u"net101-s01-client"_s, true, DomainState::Running, false, u"x"_s),
                       kHost);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    lab.students.removeLast(); // s02 dropped
    lab.students.append({u"s03"_s, u"Cy"_s, {}, {}});
    lab.students.first().name = u"Ann Lee"_s;
    model.setLab(lab);
    QCOMPARE(reset.size(), 0);
    // A run of adjacent rows goes, and the new rows come, in one signal each (a roster of
    // thousands changes in a few signals, not one per row).
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(2).toInt() - removed.at(0).at(1).toInt(), 1); // s02's two rows
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt(), 1); // s03's two rows
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(u"s02"_s, u"client"_s), -1);
    const int r = model.rowOf(u"s01"_s, u"client"_s);
    QCOMPARE(text(model, r, LabStudentModel::Name), u"Ann Lee"_s);
    QCOMPARE(text(model, r, LabStudentModel::State), u"Running"_s);
    QCOMPARE(text(model, r, LabStudentModel::LastResult), u"x"_s);
    QCOMPARE(changed.size(), 2); // the name of s01's two rows
    for (const auto &args : std::as_const(changed))
        QCOMPARE(args.at(0).toModelIndex().column(), int(LabStudentModel::Name));
    QCOMPARE(text(model, model.rowOf(u"s03"_s, u"server"_s), LabStudentModel::State),
             u"not provisioned"_s);
    // Its host forgotten (its VMs deleted): not provisioned again.
    lab.assignments.clear();
    model.setLab(lab);
    QCOMPARE(text(model, r, LabStudentModel::State), u"not provisioned"_s);
    QCOMPARE(text(model, r, LabStudentModel::Host), QString());
    // Another lab replaces every row.
    model.setLab(namedLab(u"other"_s));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

// Sorted by state: not provisioned, unknown and missing first, then the states in their order.
void TestLabModels::statesSortInOrder() {
    LabStudentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Lab lab = namedLab(u"sort"_s, 5);
    for (const auto &s : lab.students)
        if (s.id != u"s5"_s)
            lab.assignments.append({s.id, kHost});
    model.setLab(lab);
    model.applyOutcome(outcome(u"sort-s1-vm"_s, true, DomainState::Shutoff, true), kHost);
    model.applyOutcome(outcome(u"sort-s2-vm"_s, true, DomainState::Running, true), kHost);
    model.applyOutcome(outcome(u"sort-s3-vm"_s, false, DomainState::Shutoff, true), kHost);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LabStudentModel::SortRole);
    sorted.sort(LabStudentModel::State);
    QStringList order;
    for (int r = 0; r < sorted.rowCount(); ++r)
        order << text(sorted, r, LabStudentModel::Student);
    QCOMPARE(order, (QStringList{u"s5"_s, u"s4"_s, u"s3"_s, u"s2"_s, u"s1"_s}));
}

void TestLabModels::labsApplyRowByRow() {
    LabListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Lab a = namedLab(u"a"_s), b = namedLab(u"b"_s, 2), c = namedLab(u"c"_s, 3);
    model.setLabs({a, c});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLabs({a, b, c}); // b where the listing has it
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowOf(u"b"_s), 1);
    QCOMPARE(model.index(1, LabListModel::Students).data(LabListModel::SortRole), QVariant(2));
    QCOMPARE(changed.size(), 0);
    Lab bigger = c;
    bigger.students.append({u"s9"_s, u"Nine"_s, {}, {}});
    model.setLabs({b, bigger}); // a gone, c has a student more
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, LabListModel::Students));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, LabListModel::Students));
    QCOMPARE(model.labAt(1), bigger);
    QCOMPARE(reset.size(), 0);
    model.setLabs({bigger, b}); // another order: listed again
    QCOMPARE(reset.size(), 1);
    QCOMPARE(text(model, 0, LabListModel::Name), u"c"_s);
    QCOMPARE(model.labs(), (QList<Lab>{bigger, b}));
}

QTEST_GUILESS_MAIN(TestLabModels)
#include "tst_labmodels.moc"
