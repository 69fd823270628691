#include "common/targettext.h"

#include <QUrl>

namespace SchemaPilot::Gui {

QString targetText(const Core::ConnectionUrl &url)
{
    QString text = url.redacted();
    if (url.engine != Core::Engine::PostgreSQL)
        return text;
    if (const QString schema = url.params.value(QStringLiteral("schema")); !schema.isEmpty())
        text += QStringLiteral("?schema=") + QString::fromUtf8(QUrl::toPercentEncoding(schema));
    return text;
}

} // namespace SchemaPilot::Gui
