#include "common/passphraseprompt.h"

#include "crypto/passphrasekeychain.h"

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

std::optional<QString> backupPassphrase(const AskPassphrase &ask, QWidget *parent, const QString &title, bool confirm,
                                        bool useKeychain, const QString &backupDirectory)
{
    const Core::PassphraseKeychain keychain;
    const QString account = Core::PassphraseKeychain::accountFor(backupDirectory);
    const bool remember = useKeychain && Core::PassphraseKeychain::builtIn() && !backupDirectory.isEmpty();
    if (remember) {
        if (auto remembered = keychain.read(account); remembered && *remembered)
            return **remembered;
    }
    auto answer = ask(parent, title, confirm);
    if (answer && remember) {
        if (auto stored = keychain.store(account, *answer); !stored)
            QMessageBox::warning(parent, title, Tr::tr("The passphrase could not be remembered: %1").arg(stored.error().toString()));
    }
    return answer;
}

} // namespace SchemaPilot::Gui
