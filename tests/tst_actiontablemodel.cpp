#include "wizard/ActionFilterModel.h"
#include "wizard/ActionTableModel.h"

#include "GeneratedCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// The action table at the scale of a very large provider: 10,000 actions.
// (Its speed is measured in bench/, not here.)
class TestActionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesAndChecksTenThousandActions()
    {
        const AuthMethod method = generatedMethod(10000);
        ActionTableModel model;
        model.setMethod(&method);
        ActionFilterModel filter(&model);
        QCOMPARE(filter.rowCount(), 10000);

        filter.setSearch(u"delete ticket"_s);
        // i % 6 == 4 (Delete) and (i / 6) % 10 == 3 (Ticket): one in 60.
        QCOMPARE(filter.rowCount(), 10000 / 60 + (10000 % 60 > 4 + 6 * 3 ? 1 : 0));
        filter.setSearch(u"lines 9999"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), u"Update Contract Lines 9999"_s);

        QVERIFY(filter.setData(filter.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedActions(), QStringList {u"generated_9999"_s});
        QCOMPARE(method.scopesForActions(model.checkedActions()), QStringList {u"resource99:read"_s});
    }
};

QTEST_GUILESS_MAIN(TestActionTableModel)
#include "tst_actiontablemodel.moc"
