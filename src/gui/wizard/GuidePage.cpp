#include "wizard/GuidePage.h"

#include "ui_GuidePage.h"
#include "wizard/GuideRenderer.h"
#include "wizard/PendingLink.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace keylink {

GuidePage::GuidePage(PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::GuidePage>())
    , m_link(link)
{
    m_ui->setupUi(this);
    connect(m_ui->guide, &QTextBrowser::anchorClicked, this, &GuidePage::onLink);
    connect(&m_link, &PendingLink::selectionChanged, this, &GuidePage::render);
}

GuidePage::~GuidePage() = default;

void GuidePage::initializePage()
{
    if (m_link.provider() && m_link.method()) {
        const QString title = m_link.method()->guide.title;
        setTitle(title.isEmpty() ? tr("Create the %1 token").arg(m_link.provider()->name) : title);
    }
    m_ui->status->clear();
    render();
}

void GuidePage::render()
{
    if (!m_link.provider() || !m_link.method())
        return;
    m_ui->guide->setHtml(GuideRenderer::html(*m_link.provider(), *m_link.method(), m_link.scopes()));
}

QString GuidePage::html() const
{
    return m_ui->guide->toHtml();
}

void GuidePage::onLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String(GuideRenderer::CopyScheme)) {
        const QString scope = QUrl::fromPercentEncoding(url.path().toUtf8());
        QGuiApplication::clipboard()->setText(scope);
        m_ui->status->setText(tr("Copied %1").arg(scope));
        return;
    }
    if (url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}

} // namespace keylink
