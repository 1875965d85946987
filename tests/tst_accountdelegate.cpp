#include "accounts/AccountDelegate.h"
#include "accounts/AccountListModel.h"
#include "core/Translations.h"
#include "services/Services.h"
#include "store/AccountStore.h"

#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QListView>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

// A paint device that keeps the text drawn on it, so a test can read what a
// delegate wrote (whole or elided) without comparing pixels.
class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    struct Engine : QPaintEngine {
        Engine()
            : QPaintEngine(AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
        Type type() const override { return User; }
        QStringList texts;
    };
    QSize m_size;
    mutable Engine m_engine;
};

} // namespace

// The account list's rows as the delegate draws them.
class TestAccountDelegate : public QObject
{
    Q_OBJECT

private:
    static QString seed(Services &services, const QString &provider, const QString &environment, const QString &label)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.providerId = provider;
        a.methodId = u"api-token"_s;
        a.identityId = u"CHK000001"_s;
        a.identityName = u"Globex Shipping"_s;
        a.environmentId = environment;
        a.label = label;
        a.linkedAt = QDateTime::currentDateTimeUtc();
        a.status = Account::Status::Verified;
        QString error;
        if (!services.store().insert(a, &error))
            qFatal("%s", qPrintable(error));
        return a.id;
    }

    // How many pixels of each colour a row has.
    static QHash<QRgb, int> colours(const QImage &image)
    {
        QHash<QRgb, int> count;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ++count[image.pixel(x, y)];
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // German: the environments are "Produktion" and "Sandbox". The
        // catalog is translated as it loads, so this comes first.
        QCOMPARE(Translations::install(qApp, u"de"_s), u"de"_s);
    }

    // Bug: the badge colour came from the translated label, so "Produktion"
    // got the sandbox colour. Two Easyship rows, production and sandbox,
    // must have badges of different colours in any language.
    void theBadgeColourFollowsTheEnvironmentNotItsLabel()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        const QString production = seed(*services, u"easyship"_s, u"production"_s, u"A"_s);
        const QString sandbox = seed(*services, u"easyship"_s, u"sandbox"_s, u"B"_s);
        AccountListModel model(services->catalog(), services->store());
        QCOMPARE(model.indexOf(production).data(AccountListModel::EnvironmentRole).toString(), u"Produktion"_s);
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new AccountDelegate(&view));
        view.setSelectionMode(QAbstractItemView::NoSelection); // rows on the plain background
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex({});
        const QImage image = view.viewport()->grab().toImage();
        const QHash<QRgb, int> a = colours(image.copy(view.visualRect(model.indexOf(production))));
        const QHash<QRgb, int> b = colours(image.copy(view.visualRect(model.indexOf(sandbox))));
        // The badge's fill: a few hundred pixels of a colour the other row lacks.
        QStringList onlyInProduction;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (it.value() >= 150 && !b.contains(it.key()))
                onlyInProduction << QColor(it.key()).name();
        }
        QVERIFY2(!onlyInProduction.isEmpty(), "the production and sandbox badges have the same colour");
    }

    // Bug: at a narrow width the account's name was cut ("Sup…") while the
    // environment badge stayed whole. The name is what identifies the row:
    // the badge and the secondary texts give way first.
    void theNameIsElidedLast()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        const QString id = seed(*services, u"easyship"_s, u"production"_s, u"Support inbox Europe"_s);
        AccountListModel model(services->catalog(), services->store());
        QListView view; // the style and palette come from a view
        AccountDelegate delegate;
        const QModelIndex index = model.indexOf(id);

        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        QFont bold = option.font;
        bold.setBold(true);
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(u"Support inbox Europe"_s);
        // Room for the name, the provider icon, the status icon and margins, and
        // little else.
        for (const int width : {nameWidth + 90, nameWidth + 140, nameWidth + 220}) {
            option.rect = QRect(QPoint(0, 0), QSize(width, delegate.sizeHint(option, index).height()));
            TextRecorder device(option.rect.size());
            QPainter painter(&device);
            delegate.paint(&painter, option, index);
            painter.end();
            const QStringList texts = device.texts();
            QVERIFY2(texts.contains(u"Support inbox Europe"_s),
                qPrintable(u"at %1 px: %2"_s.arg(width).arg(texts.join(u" | "_s))));
            if (width == nameWidth + 90) // no room left for the badge: it gave way
                QVERIFY2(!texts.contains(u"Produktion"_s), qPrintable(texts.join(u" | "_s)));
        }
        // Wide enough, everything is whole.
        option.rect = QRect(0, 0, nameWidth + 600, delegate.sizeHint(option, index).height());
        TextRecorder device(option.rect.size());
        QPainter painter(&device);
        delegate.paint(&painter, option, index);
        painter.end();
        QVERIFY2(device.texts().contains(u"Produktion"_s), qPrintable(device.texts().join(u" | "_s)));
    }
};

QTEST_MAIN(TestAccountDelegate)
#include "tst_accountdelegate.moc"
