#pragma once

#include <QLoggingCategory>

// One category per part, warnings only by default, so normal output stays
// clean; "QT_LOGGING_RULES=keylink.vault.debug=true"
// shows exactly one part's story. Nothing logged here ever holds a secret.
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcConnect)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcWatch)
