#include "common/passphraseprompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace SchemaPilot::Gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SchemaPilot::Gui::PassphrasePrompt)
};

} // namespace

AskPassphrase inputDialogPassphrase()
{
    return [](QWidget *parent, const QString &title, bool confirm) -> std::optional<QString> {
        bool ok = false;
        const QString first = QInputDialog::getText(parent, title,
                                                    confirm ? Tr::tr("Passphrase for the encrypted backup (it is not stored; "
                                                                     "without it the backup cannot be restored):")
                                                            : Tr::tr("Passphrase of the encrypted backup:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok || first.isEmpty())
            return std::nullopt;
        if (!confirm)
            return first;
        const QString second = QInputDialog::getText(parent, title, Tr::tr("Repeat the passphrase:"), QLineEdit::Password,
                                                     QString(), &ok);
        if (!ok)
            return std::nullopt;
        if (second != first) {
            QMessageBox::warning(parent, title, Tr::tr("The two passphrases differ; nothing was done."));
            return std::nullopt;
        }
        return first;
    };
}

} // namespace SchemaPilot::Gui
