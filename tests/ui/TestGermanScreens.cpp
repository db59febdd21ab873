// Issue 14: in German, the duration chart's labels ("over 10 s", "to 1 s"), the circuit's state ("CLOSED") and
// "pages of … bytes" stayed English: strings that never reached lupdate (built by a helper, or not wrapped at all).
// TranslationsComplete only sees strings lupdate found. This test looks at the screens instead: the window in
// German with the demo, every panel visited, and every piece of its chrome (labels, buttons, tabs, menus, headers,
// tool tips, the charts' axes, categories and legends) checked for English words.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "db/DatabaseSession.h"
#include "queries/QueriesPanel.h"
#include "queries/SqlConsoleWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QValueAxis>

using namespace steward;
using namespace steward::test;

namespace {

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument d;
    d.setHtml(text);
    return d.toPlainText();
}

// Words that are English and never German; each found one is a string that was not translated.
const QRegularExpression& englishWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(the|to|over|of|and|with|pages|bytes|rows|statements|slow|CLOSED|HALF_OPEN|ISOLATED|"
                       "Refresh|Clear|Export|Check|Cancel|Open|Close|Show|Table|Backups|Health|Queries|Time|Duration|"
                       "Threshold|calls|mean|total)\\b"));
    return re;
}

} // namespace

class TestGermanScreens : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QStringList m_found;

    void check(const QString& where, const QString& raw)
    {
        const QString text = plain(raw);
        if (text.isEmpty())
            return;
        // File names, paths and SQL are the user's, not Steward's words.
        if (text.contains(QLatin1Char('/')) || text.contains(QLatin1String(".db")) ||
            text.contains(QLatin1String("SELECT")))
            return;
        const auto m = englishWords().match(text);
        if (m.hasMatch())
            m_found << QStringLiteral("%1: \"%2\" (%3)").arg(where, text.left(120), m.captured(1));
    }

    void collect(QWidget* root)
    {
        for (auto* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root))
                continue;
            const QString name =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            if (qobject_cast<QPlainTextEdit*>(w) || w->inherits("QTextEdit"))
                continue; // SQL, logs and details: content, not chrome
            check(name + " tooltip", w->toolTip());
            if (auto* l = qobject_cast<QLabel*>(w))
                check(name, l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                check(name, b->text());
            if (auto* g = qobject_cast<QGroupBox*>(w))
                check(name, g->title());
            if (auto* t = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < t->count(); ++i)
                    check(name + " tab", t->tabText(i));
            if (auto* c = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < c->count(); ++i)
                    check(name + " item", c->itemText(i));
            if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
                for (int i = 0; i < h->count(); ++i)
                    check(name + " header", h->model()->headerData(i, h->orientation()).toString());
            if (auto* tree = qobject_cast<QTreeWidget*>(w))
                for (int c = 0; c < tree->columnCount(); ++c)
                    check(name + " header", tree->headerItem()->text(c));
            if (auto* view = qobject_cast<QChartView*>(w)) {
                QChart* chart = view->chart();
                check(name + " title", chart->title());
                for (auto* marker : chart->legend()->markers())
                    check(name + " legend", marker->label());
                for (auto* axis : chart->axes()) {
                    check(name + " axis", axis->titleText());
                    if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
                        for (const QString& c : bars->categories())
                            check(name + " category", c);
                    if (auto* cats = qobject_cast<QCategoryAxis*>(axis))
                        for (const QString& c : cats->categoriesLabels())
                            check(name + " category", c);
                }
            }
            for (auto* a : w->actions()) {
                check(name + " action", a->text());
                check(name + " action tip", a->toolTip());
            }
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
    }

    void everyScreenIsGerman()
    {
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        auto* queries = window.findChild<QueriesPanel*>();
        QVERIFY(queries);
        // Statements of every duration bucket's kind, so that the charts have bars, points and a legend.
        auto* console = queries->console();
        QSignalSpy ran(console, &SqlConsoleWidget::finishedRun);
        console->editor()->setPlainText(QStringLiteral("SELECT count(*) FROM books"));
        QTRY_VERIFY(console->findChild<QAction*>("runAll")->isEnabled());
        console->findChild<QAction*>("runAll")->trigger();
        QVERIFY(ran.wait(20000));

        auto* tabs = window.findChild<QTabWidget*>("panelTabs");
        QVERIFY(tabs);
        // The performance view once read, so that its charts carry their labels.
        tabs->setCurrentWidget(queries);
        auto* queryTabs = queries->findChild<QTabWidget*>("queryTabs");
        QVERIFY(queryTabs);
        for (int j = 0; j < queryTabs->count(); ++j)
            if (queryTabs->widget(j)->findChild<QChartView*>("histogramChart"))
                queryTabs->setCurrentIndex(j);
        queries->findChild<QAbstractButton*>("refreshQueries")->click();
        auto* histogram = queries->findChild<QChartView*>("histogramChart");
        QVERIFY(histogram);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto* axis : histogram->chart()->axes())
                    if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis); bars && bars->count() > 0)
                        return true;
                return false;
            }(),
            20000);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            // Sub-tabs (the Queries panel's console and performance view, the Schema panel's views) each in turn.
            for (auto* sub : tabs->currentWidget()->findChildren<QTabWidget*>()) {
                for (int j = 0; j < sub->count(); ++j) {
                    sub->setCurrentIndex(j);
                    QCoreApplication::processEvents();
                    collect(&window);
                }
            }
            collect(&window);
        }
        for (auto* menu : window.findChildren<QMenu*>())
            for (auto* a : menu->actions())
                check(QStringLiteral("menu"), a->text());
        for (auto* l : window.statusBar()->findChildren<QLabel*>())
            check(QStringLiteral("status bar tooltip"), l->toolTip());
        m_found.removeDuplicates();
        QVERIFY2(m_found.isEmpty(), qPrintable(QStringLiteral("English on German screens:\n") + m_found.join('\n')));
    }
};

QTEST_MAIN(TestGermanScreens)
#include "TestGermanScreens.moc"
