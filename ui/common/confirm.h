#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace SchemaPilot::Gui {

// Asks a yes/no question before something that changes data. Pages hold one so tests can answer
// without a person; the default shows a QMessageBox with "No" as the default button.
using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

Confirm messageBoxConfirm();

} // namespace SchemaPilot::Gui
