#include "core/LoggingCategories.h"

Q_LOGGING_CATEGORY(lcCatalog, "keylink.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "keylink.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "keylink.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnect, "keylink.connect", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "keylink.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "keylink.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWatch, "keylink.watch", QtWarningMsg)
