#include "canvas/Minimap.h"

#include "Retranslator.h"
#include "canvas/CanvasTheme.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace kg::ui {

Minimap::Minimap(DiagramView* view) : QWidget(view), m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    Retranslator::bind(this,
                       [this] { setToolTip(tr("Overview: click or drag to move the view")); });
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &Minimap::refresh);
    if (view->scene())
        connect(view->scene(), &QGraphicsScene::changed, this, [this] {
            if (!m_refresh->isActive())
                m_refresh->start();
        });
}

void Minimap::refresh()
{
    if (!isVisible() || !m_view->scene() || size().isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap(size() * dpr);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(Qt::transparent);
    m_cacheSource = sourceRect();
    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    static_cast<DiagramScene*>(m_view->scene())
        ->renderOverview(&p, toMap().mapRect(m_cacheSource), m_cacheSource);
    update();
}

QRectF Minimap::sourceRect() const
{
    const QRectF items =
        static_cast<DiagramScene*>(m_view->scene())->designBounds().adjusted(-40, -40, 40, 40);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return items | visible;
}

QTransform Minimap::toMap() const
{
    // The mapping of the picture on show, so that the frame and clicks match it.
    const QRectF src = m_cacheSource.isEmpty() ? sourceRect() : m_cacheSource;
    const QRectF dst = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double s = std::min(dst.width() / src.width(), dst.height() / src.height());
    const QPointF offset = dst.center() - QPointF(src.center().x() * s, src.center().y() * s);
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

void Minimap::paintEvent(QPaintEvent*)
{
    const CanvasTheme& theme = CanvasTheme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor frame = theme.cardBorder;
    p.setPen(QPen(frame, 1));
    QColor fill = theme.background;
    fill.setAlpha(235);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (!m_view->scene())
        return;
    if (m_cache.isNull() || m_cache.deviceIndependentSize().toSize() != size() ||
        !m_cacheSource.contains(m_view->mapToScene(m_view->viewport()->rect()).boundingRect()))
        refresh();
    const QTransform t = toMap();
    p.save();
    p.setClipRect(rect().adjusted(2, 2, -2, -2));
    p.drawPixmap(0, 0, m_cache);
    p.restore();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QColor accent(0x2F, 0x6F, 0xDB);
    p.setPen(QPen(accent, 1.5));
    accent.setAlpha(30);
    p.setBrush(accent);
    p.drawRect(t.mapRect(visible));
}

void Minimap::centreAt(const QPointF& widgetPos)
{
    bool invertible = false;
    const QTransform inv = toMap().inverted(&invertible);
    if (invertible)
        m_view->centerOn(inv.map(widgetPos));
}

void Minimap::mousePressEvent(QMouseEvent* event)
{
    centreAt(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        centreAt(event->position());
}

} // namespace kg::ui
