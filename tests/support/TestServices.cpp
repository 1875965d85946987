#include "TestServices.h"

#include "store/AccountStore.h"

#include <QtGlobal>

TestServices::TestServices(
    const keylink::HostMap &hostMap, keylink::SecretStore *secrets, const QString &databasePath, keylink::Clock *clock)
{
    keylink::Services::Options options;
    options.catalogDirectories = {};
    options.hostMap = hostMap;
    options.secrets = secrets;
    options.clock = clock;
    options.databasePath = databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("keylink.db")) : databasePath;
    m_services = std::make_unique<keylink::Services>(options);
    if (!m_services->openStore())
        qFatal("%s", qPrintable(m_services->store().problem()));
}
