#include "common/confirm.h"

#include <QMessageBox>

namespace SchemaPilot::Gui {

Confirm messageBoxConfirm()
{
    return [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
}

} // namespace SchemaPilot::Gui
