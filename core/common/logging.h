#pragma once

#include "schemapilot/core_export.h"

#include <QLoggingCategory>

// One logging category for the core library. Never log a password or a full URL:
// log ConnectionUrl::redacted() instead.
SCHEMAPILOT_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcCore)
