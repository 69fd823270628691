// `keys generate [--out DIR]`: an Ed25519 key pair that signs backup manifests.
#include "commands.h"

#include "crypto/manifestsigner.h"

#include <QRegularExpression>
#include <QStandardPaths>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const QString kKeysUsage = QStringLiteral(
    "usage: schemapilot-cli keys generate [--out DIR] [--name NAME] [--json]\n"
    "  generate  a new Ed25519 key pair for signing backup metadata: NAME.key (private, mode 0600)\n"
    "            and NAME.pub (public) in DIR (default: ~/.config/schemapilot/keys, name schemapilot-signing).\n"
    "            Sign with `backup create --sign-key NAME.key`; check with\n"
    "            `backup verify|restore ID --require-signature --verify-key NAME.pub`.");

} // namespace

int runKeysCommand(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create the Ed25519 key pair that signs backup metadata."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the key files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Base name of the key files (default schemapilot-signing)."),
                      QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("generate"));
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, context.io, &exitCode))
        return exitCode;
    Io &io = context.io;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("generate")})
        return usageError(io, json,
                          positional.isEmpty() ? QStringLiteral("Missing keys subcommand")
                                               : QStringLiteral("Unknown keys subcommand \"%1\"").arg(positional.join(u' ')),
                          kKeysUsage);
    QString directory = parser.value(QStringLiteral("out"));
    if (directory.isEmpty()) {
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        if (config.isEmpty())
            return usageError(io, json, QStringLiteral("No user configuration folder is known; pass --out DIR"), kKeysUsage);
        directory = config + QStringLiteral("/schemapilot/keys");
    }
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QStringLiteral("schemapilot-signing");
    static const QRegularExpression safeName(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,64}")));
    if (!safeName.match(name).hasMatch() || name.startsWith(u'.'))
        return usageError(io, json, QStringLiteral("--name takes letters, digits, '.', '_' and '-' only"), kKeysUsage);
    auto files = ManifestSigner::generateKeyPair(directory, name);
    if (!files)
        return files.error().code == ErrorCode::Usage ? usageError(io, json, files.error().toString(), QString())
                                                      : reportError(io, json, files.error());
    if (json) {
        io.printJson(QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                                 {QStringLiteral("private_key"), files->privateKeyPath},
                                 {QStringLiteral("public_key"), files->publicKeyPath}});
    } else {
        io.out() << io.green(QStringLiteral("Ed25519 key pair created")) << '\n'
                 << "  private  " << files->privateKeyPath << "  (mode 0600: keep it secret)\n"
                 << "  public   " << files->publicKeyPath << "  (give it to whoever restores)" << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace SchemaPilot::Cli
