#include "shell/screenshotwalker.h"

#include "common/session.h"
#include "dialogs/applydialog.h"
#include "pages/diff/schemadiffpage.h"
#include "pages/plan/applycontroller.h"
#include "pages/plan/planpage.h"
#include "shell/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

namespace SchemaPilot::Gui {

ScreenshotWalker::ScreenshotWalker(MainWindow &window, QString directory)
    : QObject(&window)
    , m_window(window)
    , m_directory(std::move(directory))
{
}

void ScreenshotWalker::start()
{
    QDir().mkpath(m_directory);
    next(1500);
}

void ScreenshotWalker::next(int delayMs)
{
    QTimer::singleShot(delayMs, this, &ScreenshotWalker::step);
}

void ScreenshotWalker::grab(const QString &name, QWidget *widget)
{
    QWidget *target = widget ? widget : &m_window;
    const QString path = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
    if (!target->grab().save(path))
        m_failed = true;
}

void ScreenshotWalker::step()
{
    PlanPage *plan = m_window.planPage();
    ApplyController *controller = m_window.applyController();
    switch (m_step++) {
    case 0:
        m_window.showPage(MainWindow::ConnectionsPageIndex);
        return next();
    case 1:
        grab(QStringLiteral("connections"));
        m_window.showPage(MainWindow::DiffPageIndex);
        if (QTreeView *tree = m_window.diffPage()->tree(); tree->model()->rowCount() > 0) {
            tree->expandAll();
            tree->setCurrentIndex(tree->model()->index(0, 0));
        }
        return next();
    case 2:
        grab(QStringLiteral("schema-diff"));
        m_window.showPage(MainWindow::PlanPageIndex);
        plan->consentBox()->setChecked(true);
        return next();
    case 3:
        grab(QStringLiteral("plan"));
        connect(controller, &ApplyController::runFinished, this, [this] { next(800); }, Qt::SingleShotConnection);
        plan->applyButton()->click();
        return;
    case 4:
        if (controller->dialog())
            grab(QStringLiteral("apply-progress"), controller->dialog());
        if (controller->dialog())
            controller->dialog()->accept();
        grab(QStringLiteral("plan-after-apply"));
        m_window.showPage(MainWindow::BackupsPageIndex);
        return next(1500);
    case 5:
        grab(QStringLiteral("backups"));
        m_window.showPage(MainWindow::HistoryPageIndex);
        return next();
    case 6:
        grab(QStringLiteral("history"));
        m_window.showPage(MainWindow::HealthPageIndex);
        return next(1200);
    case 7:
        grab(QStringLiteral("health"));
        m_window.showPage(MainWindow::SettingsPageIndex);
        return next();
    case 8:
        grab(QStringLiteral("settings"));
        emit done(!m_failed);
        return;
    }
}

} // namespace SchemaPilot::Gui
