#include "core/LoggingCategories.h"

Q_LOGGING_CATEGORY(lcCatalog, "keylink.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "keylink.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnect, "keylink.connect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "keylink.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "keylink.ui", QtInfoMsg)
