#include "window/StartupPrewarm.h"

#include "store/AccountStore.h"

#include <QFontDatabase>
#include <QThreadPool>

namespace keylink {

void StartupPrewarm::start()
{
    QThreadPool::globalInstance()->start([] {
        AccountStore::loadDriver();
        QFontDatabase::families();
    });
}

} // namespace keylink
