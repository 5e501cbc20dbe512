#include "casework/MaterialChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace halldesk;

Q_DECLARE_METATYPE(halldesk::MaterialCheck::State)

namespace {

using State = MaterialCheck::State;

MaterialCheck check(const char *code, const QString &name, bool required, bool waivable)
{
    MaterialSpec spec;
    spec.code = QLatin1String(code);
    spec.name = name;
    spec.required = required;
    spec.waivable = waivable;
    spec.form = MaterialSpec::Form::Copy;
    spec.copies = 2;
    return MaterialCheck::fromSpec(spec);
}

enum Row
{
    IdCard,  // required, may not be waived
    Licence, // required, may be waived
    Photo,   // optional
    RowCount
};

QList<MaterialCheck> checklist()
{
    return {check("M-IDCARD", QStringLiteral("居民身份证"), true, false),
            check("M-BIZLIC", QStringLiteral("营业执照"), true, true),
            check("M-PHOTO", QStringLiteral("近期免冠照片"), false, false)};
}

const QHash<QString, QString> Notes = {{QStringLiteral("M-BIZLIC"), QStringLiteral("加盖公章")}};

} // namespace

class TestMaterialChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void setDataRules_data();
    void setDataRules();
    void signalsOnChange();
    void refusedChangeIsSilent();
    void leavingReceivedClearsPages();
    void setMaterialsResets();
    void missingAndCounts();
    void reusesEarlierCopiesOfMissingMaterials();
    void earlierMaterialsFromApplicantCases();
    void flagsFollowState();
    void modelTester();
};

void TestMaterialChecklistModel::shape()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist(), Notes);
    QCOMPARE(model.rowCount(), int(RowCount));
    QCOMPARE(model.columnCount(), int(MaterialChecklistModel::ColumnCount));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QVERIFY(cell(Licence, MaterialChecklistModel::NameColumn)
                .toString()
                .contains(QStringLiteral("营业执照")));
    // Only the optional material carries a mark beyond its name.
    QCOMPARE(cell(Licence, MaterialChecklistModel::NameColumn).toString(),
             QStringLiteral("营业执照"));
    QVERIFY(cell(Photo, MaterialChecklistModel::NameColumn).toString() !=
            QStringLiteral("近期免冠照片"));
    QCOMPARE(cell(Photo, MaterialChecklistModel::NameColumn, Qt::EditRole).toString(),
             QStringLiteral("近期免冠照片"));
    QVERIFY(cell(Licence, MaterialChecklistModel::NameColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("加盖公章")));
    QCOMPARE(model.note(Licence), QStringLiteral("加盖公章"));
    QCOMPARE(model.note(IdCard), QString());
    QVERIFY(cell(IdCard, MaterialChecklistModel::NameColumn, Qt::ToolTipRole).toString() !=
            cell(Photo, MaterialChecklistModel::NameColumn, Qt::ToolTipRole).toString());
    QCOMPARE(cell(IdCard, MaterialChecklistModel::FormColumn).toString(),
             MaterialCheckNames::formText(MaterialSpec::Form::Copy, 2));
    QCOMPARE(cell(IdCard, MaterialChecklistModel::StateColumn).toString(),
             MaterialCheckNames::displayName(State::Missing));
    QCOMPARE(cell(IdCard, MaterialChecklistModel::StateColumn, MaterialChecklistModel::StateRole)
                 .toInt(),
             int(State::Missing));
    QCOMPARE(
        cell(Licence, MaterialChecklistModel::PagesColumn, MaterialChecklistModel::WaivableRole)
            .toBool(),
        true);
    QCOMPARE(cell(Photo, MaterialChecklistModel::StateColumn, MaterialChecklistModel::RequiredRole)
                 .toBool(),
             false);
    // Pages not counted yet show blank, not 0.
    QCOMPARE(cell(IdCard, MaterialChecklistModel::PagesColumn).toString(), QString());
    QCOMPARE(cell(IdCard, MaterialChecklistModel::PagesColumn, Qt::EditRole).toInt(), 0);
    QVERIFY(!model.headerData(MaterialChecklistModel::StateColumn, Qt::Horizontal)
                 .toString()
                 .isEmpty());
}

void TestMaterialChecklistModel::setDataRules_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<State>("before");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<State>("stateAfter");
    QTest::addColumn<int>("pagesAfter");

    constexpr int S = MaterialChecklistModel::StateColumn;
    constexpr int P = MaterialChecklistModel::PagesColumn;
    constexpr int E = Qt::EditRole;
    const auto state = [](State s) {
        return QVariant(int(s));
    };

    QTest::newRow("receive") << int(IdCard) << State::Missing << S << state(State::Received) << E
                             << true << State::Received << 0;
    QTest::newRow("receive by key")
        << int(IdCard) << State::Missing << S << QVariant(QStringLiteral("received")) << E << true
        << State::Received << 0;
    QTest::newRow("waive a waivable material")
        << int(Licence) << State::Missing << S << state(State::Waived) << E << true << State::Waived
        << 0;
    QTest::newRow("waive by key") << int(Licence) << State::Received << S
                                  << QVariant(QStringLiteral("waived")) << E << true
                                  << State::Waived << 0;
    QTest::newRow("waive what may not be waived")
        << int(IdCard) << State::Missing << S << state(State::Waived) << E << false
        << State::Missing << 0;
    QTest::newRow("waive an optional material")
        << int(Photo) << State::Received << S << state(State::Waived) << E << false
        << State::Received << 4;
    QTest::newRow("back to missing") << int(Licence) << State::Waived << S << state(State::Missing)
                                     << E << true << State::Missing << 0;
    QTest::newRow("unknown key") << int(IdCard) << State::Missing << S
                                 << QVariant(QStringLiteral("lost")) << E << false << State::Missing
                                 << 0;
    QTest::newRow("state out of range")
        << int(IdCard) << State::Missing << S << QVariant(3) << E << false << State::Missing << 0;
    QTest::newRow("state negative")
        << int(IdCard) << State::Missing << S << QVariant(-1) << E << false << State::Missing << 0;
    QTest::newRow("state through display role")
        << int(IdCard) << State::Missing << S << state(State::Received) << int(Qt::DisplayRole)
        << false << State::Missing << 0;
    QTest::newRow("pages") << int(IdCard) << State::Received << P << QVariant(12) << E << true
                           << State::Received << 12;
    QTest::newRow("pages as text")
        << int(IdCard) << State::Received << P << QVariant(QStringLiteral("7")) << E << true
        << State::Received << 7;
    QTest::newRow("no pages") << int(IdCard) << State::Received << P << QVariant(0) << E << true
                              << State::Received << 0;
    QTest::newRow("most pages") << int(IdCard) << State::Received << P << QVariant(999) << E << true
                                << State::Received << 999;
    QTest::newRow("too many pages") << int(IdCard) << State::Received << P << QVariant(1000) << E
                                    << false << State::Received << 4;
    QTest::newRow("negative pages") << int(IdCard) << State::Received << P << QVariant(-1) << E
                                    << false << State::Received << 4;
    QTest::newRow("pages not a number")
        << int(IdCard) << State::Received << P << QVariant(QStringLiteral("abc")) << E << false
        << State::Received << 4;
    QTest::newRow("pages of a missing material")
        << int(IdCard) << State::Missing << P << QVariant(3) << E << false << State::Missing << 0;
    QTest::newRow("pages of a waived material")
        << int(Licence) << State::Waived << P << QVariant(3) << E << false << State::Waived << 0;
    QTest::newRow("name is not editable")
        << int(IdCard) << State::Missing << int(MaterialChecklistModel::NameColumn)
        << QVariant(QStringLiteral("户口簿")) << E << false << State::Missing << 0;
    QTest::newRow("form is not editable")
        << int(IdCard) << State::Missing << int(MaterialChecklistModel::FormColumn)
        << QVariant(QStringLiteral("原件")) << E << false << State::Missing << 0;
}

void TestMaterialChecklistModel::setDataRules()
{
    QFETCH(int, row);
    QFETCH(State, before);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QFETCH(bool, accepted);
    QFETCH(State, stateAfter);
    QFETCH(int, pagesAfter);

    QList<MaterialCheck> materials = checklist();
    materials[row].state = before;
    // A received material starts with a page count so a refused change can be told apart.
    materials[row].pages = before == State::Received ? 4 : 0;
    MaterialChecklistModel model;
    model.setMaterials(materials);

    QCOMPARE(model.setData(model.index(row, column), value, role), accepted);
    QCOMPARE(model.material(row).state, stateAfter);
    QCOMPARE(model.material(row).pages, pagesAfter);
    QCOMPARE(model.materials().at(row).state, stateAfter);
}

void TestMaterialChecklistModel::signalsOnChange()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QSignalSpy states(&model, &MaterialChecklistModel::stateChanged);
    QSignalSpy pages(&model, &MaterialChecklistModel::pagesChanged);
    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(model.index(Licence, MaterialChecklistModel::StateColumn),
                          int(State::Received)));
    QCOMPARE(states.count(), 1);
    QCOMPARE(states.at(0).at(0).toInt(), int(Licence));
    QCOMPARE(states.at(0).at(1).value<State>(), State::Received);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.at(0).at(0).toModelIndex().row(), int(Licence));
    QCOMPARE(data.at(0).at(1).toModelIndex().row(), int(Licence));
    QCOMPARE(pages.count(), 0);

    QVERIFY(model.setData(model.index(Licence, MaterialChecklistModel::PagesColumn), 3));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(0).toInt(), int(Licence));
    QCOMPARE(pages.at(0).at(1).toInt(), 3);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(data.count(), 2);
    QCOMPARE(states.count(), 1);
}

void TestMaterialChecklistModel::refusedChangeIsSilent()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setState(IdCard, State::Waived));
    QVERIFY(!model.setPages(IdCard, 2));
    QVERIFY(!model.setState(RowCount, State::Received));
    QVERIFY(!model.setPages(-1, 0));
    // Setting what is already there is no change either.
    QVERIFY(model.setState(IdCard, State::Missing));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(data.count(), 0);
}

void TestMaterialChecklistModel::leavingReceivedClearsPages()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QVERIFY(model.setState(Licence, State::Received));
    QVERIFY(model.setPages(Licence, 5));
    QSignalSpy pages(&model, &MaterialChecklistModel::pagesChanged);
    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    QVERIFY(model.setState(Licence, State::Waived));
    QCOMPARE(model.material(Licence).pages, 0);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(1).toInt(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestMaterialChecklistModel::setMaterialsResets()
{
    MaterialChecklistModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    QList<MaterialCheck> materials = checklist();
    materials[Photo].state = State::Received;
    materials[Photo].pages = 1;
    model.setMaterials(materials);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.materials(), materials);
    model.setMaterials({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.count(), 2);
}

void TestMaterialChecklistModel::missingAndCounts()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QCOMPARE(model.missing().size(), 2); // the optional photo is not "missing"
    QCOMPARE(model.count(State::Missing), 3);
    QVERIFY(model.setState(Licence, State::Waived));
    QVERIFY(model.setState(Photo, State::Received));
    QCOMPARE(model.missing().size(), 1);
    QCOMPARE(model.missing().constFirst().code, QStringLiteral("M-IDCARD"));
    QCOMPARE(model.count(State::Missing), 1);
    QCOMPARE(model.count(State::Received), 1);
    QCOMPARE(model.count(State::Waived), 1);
}

void TestMaterialChecklistModel::reusesEarlierCopiesOfMissingMaterials()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QVERIFY(model.setState(Licence, State::Received));
    const QList<EarlierMaterial> earlier = {
        {QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 2,
         QStringLiteral("20261120-0003-0002"), QDate(2026, 11, 20)},
        {QStringLiteral("M-BIZLIC"), QStringLiteral("营业执照"), 1,
         QStringLiteral("20261120-0003-0002"), QDate(2026, 11, 20)},
        {QStringLiteral("M-OTHER"), QStringLiteral("其他"), 1, QStringLiteral("20261120-0003-0002"),
         QDate(2026, 11, 20)}};
    // Only what is still missing here: the licence is on the desk, M-OTHER is not asked for.
    const QList<EarlierMaterial> usable = model.reusable(earlier);
    QCOMPARE(usable.size(), 1);
    QCOMPARE(usable.first().code, QStringLiteral("M-IDCARD"));

    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    QCOMPARE(model.reuse(earlier), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.material(IdCard).state, State::Received);
    QCOMPARE(model.material(IdCard).pages, 2);
    QCOMPARE(model.material(IdCard).reusedFromCase, QStringLiteral("20261120-0003-0002"));
    QVERIFY(model.material(Licence).reusedFromCase.isEmpty());
    QVERIFY(model.data(model.index(IdCard, MaterialChecklistModel::NameColumn))
                .toString()
                .contains(QStringLiteral("居民身份证")));
    QVERIFY(model.data(model.index(IdCard, 0), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("20261120-0003-0002")));
    QVERIFY(model.reusable(earlier).isEmpty());
    QCOMPARE(model.reuse(earlier), 0);
    QCOMPARE(changed.count(), 1);

    // The clerk takes it back: the document is missing again and reused from nowhere.
    QVERIFY(model.setState(IdCard, State::Missing));
    QVERIFY(model.material(IdCard).reusedFromCase.isEmpty());
    QCOMPARE(model.material(IdCard).pages, 0);
}

void TestMaterialChecklistModel::earlierMaterialsFromApplicantCases()
{
    const auto line = [](const char *code, int pages) {
        return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("name"), QLatin1String(code)},
                           {QStringLiteral("pages"), pages}};
    };
    const auto earlierCase = [](const char *number, const char *status, const QJsonArray &lines) {
        return QJsonObject{{QStringLiteral("number"), QLatin1String(number)},
                           {QStringLiteral("status"), QLatin1String(status)},
                           {QStringLiteral("receivedOn"), QStringLiteral("2026-11-20")},
                           {QStringLiteral("materials"), lines}};
    };
    // Newest first, as the server sends them.
    const QJsonObject result{
        {QStringLiteral("cases"),
         QJsonArray{earlierCase("20261125-0001-0001", "rejected", {line("M-PLAN", 9)}),
                    earlierCase("20261120-0003-0002", "accepted",
                                {line("M-IDCARD", 2), line("M-BIZLIC", 3)}),
                    earlierCase("20261101-0003-0001", "completed",
                                {line("M-IDCARD", 1), line("M-PLAN", 4)}),
                    earlierCase("20261001-0003-0001", "revoked", {line("M-LEASE", 2)})}}};
    const QList<EarlierMaterial> found = EarlierMaterials::fromApplicantCases(result);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).code, QStringLiteral("M-IDCARD"));
    QCOMPARE(found.at(0).caseNumber, QStringLiteral("20261120-0003-0002")); // the newest copy
    QCOMPARE(found.at(0).pages, 2);
    QCOMPARE(found.at(0).receivedOn, QDate(2026, 11, 20));
    QCOMPARE(found.at(1).code, QStringLiteral("M-BIZLIC"));
    // Not from the refused case, though it is newer; nothing from the revoked one.
    QCOMPARE(found.at(2).code, QStringLiteral("M-PLAN"));
    QCOMPARE(found.at(2).caseNumber, QStringLiteral("20261101-0003-0001"));
    QVERIFY(EarlierMaterials::fromApplicantCases({}).isEmpty());
}

void TestMaterialChecklistModel::flagsFollowState()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    const auto editable = [&](int column) {
        return bool(model.flags(model.index(IdCard, column)) & Qt::ItemIsEditable);
    };
    QVERIFY(editable(MaterialChecklistModel::StateColumn));
    QVERIFY(!editable(MaterialChecklistModel::PagesColumn));
    QVERIFY(!editable(MaterialChecklistModel::NameColumn));
    QVERIFY(!editable(MaterialChecklistModel::FormColumn));
    QVERIFY(model.setState(IdCard, State::Received));
    QVERIFY(editable(MaterialChecklistModel::PagesColumn));
}

void TestMaterialChecklistModel::modelTester()
{
    MaterialChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaterials(checklist(), Notes);
    QVERIFY(model.setState(Licence, State::Received));
    QVERIFY(model.setPages(Licence, 2));
    model.setMaterials({});
}

QTEST_GUILESS_MAIN(TestMaterialChecklistModel)
#include "tst_materialchecklistmodel.moc"
