#pragma once

#include <QObject>
#include <QString>

namespace SchemaPilot::Gui {

class MainWindow;

// Walks every page of the window once the first check is in, applies the pending migration
// to show the progress dialog and the pages that fill up afterwards, and saves each as
// NN-name.png into a folder; then quits. Used by scripts/screenshots.sh (under Xvfb).
class ScreenshotWalker final : public QObject
{
    Q_OBJECT

public:
    ScreenshotWalker(MainWindow &window, QString directory);
    void start();

signals:
    void done(bool ok);

private:
    void step();
    void grab(const QString &name, QWidget *widget = nullptr);
    void next(int delayMs = 600);

    MainWindow &m_window;
    QString m_directory;
    int m_step = 0;
    int m_count = 0;
    bool m_failed = false;
};

} // namespace SchemaPilot::Gui
