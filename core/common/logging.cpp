#include "common/logging.h"

Q_LOGGING_CATEGORY(lcCore, "schemapilot.core", QtInfoMsg)
