#include "tools/ConnectTool.h"

#include "Application.h"
#include "canvas/CanvasTheme.h"
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/KindNames.h"
#include "commands/AddLinkCommand.h"
#include "document/DesignDocument.h"
#include "model/KindRegistry.h"
#include "model/LinkRules.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>
#include <QPen>

namespace kg::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// The translated sentence for a refused link.
QString describe(const LinkProblem& p)
{
    using C = LinkProblem::Code;
    switch (p.code) {
    case C::None:
        return {};
    case C::MissingEnd:
        return QCoreApplication::translate("ConnectTool", "%1 does not exist.").arg(qs(p.first));
    case C::SelfLink:
        return QCoreApplication::translate("ConnectTool", "A link needs two different elements.");
    case C::WrongKinds:
        return QCoreApplication::translate("ConnectTool", "No link can join %1 and %2.")
            .arg(qs(p.first), qs(p.second));
    case C::Duplicate:
        return QCoreApplication::translate("ConnectTool", "%1 and %2 are already linked this way.")
            .arg(qs(p.first), qs(p.second));
    case C::MixedClouds:
        return QCoreApplication::translate(
                   "ConnectTool", "A peering joins two networks of one cloud; %1 and %2 are not.")
            .arg(qs(p.first), qs(p.second));
    case C::Overlap:
        return QCoreApplication::translate(
                   "ConnectTool", "%1 and %2 cannot be peered: their address spaces overlap (%3).")
            .arg(qs(p.first), qs(p.second), Application::render(p.detail, {}));
    case C::NoAddressSpace:
        return QCoreApplication::translate("ConnectTool", "%1 has no address space.")
            .arg(qs(p.first));
    }
    return {};
}

} // namespace

ConnectTool::~ConnectTool()
{
    delete m_line; // removed from the scene with it, or still ours
}

ConnectTool::Verdict ConnectTool::evaluatePair(const std::string& from, const std::string& to) const
{
    const Design& d = scene()->document()->design();
    Verdict v;
    if (from == to) {
        v.reason = tr("A link needs two different elements.");
        return v;
    }
    LinkProblem first;
    for (const auto& [a, b] : {std::pair{from, to}, std::pair{to, from}}) {
        for (LinkKind kind : LinkRules::kindsBetween(d, a, b)) {
            bool seen = false;
            for (const auto& c : v.candidates)
                seen = seen || c.kind == kind;
            if (seen)
                continue;
            const LinkProblem p = LinkRules::check(d, kind, a, b);
            if (p.ok())
                v.candidates.push_back({kind, a, b});
            else if (first.ok())
                first = p;
        }
    }
    if (v.candidates.empty()) {
        const Element* a = d.element(from);
        const Element* b = d.element(to);
        v.reason = !first.ok() ? describe(first)
                   : a && b    ? tr("No link joins %1 (%2) and %3 (%4). Links join networks "
                                       "(peering), on-premises and gateways (VPN, ExpressRoute, "
                                       "Direct Connect), VPCs and transit gateways, and private DNS "
                                       "zones and networks.")
                                  .arg(qs(a->label()), KindNames::name(a->kind), qs(b->label()),
                                       KindNames::name(b->kind))
                            : tr("Pick two elements.");
        v.refused = !first.ok();
    }
    v.from = from;
    v.to = to;
    return v;
}

ConnectTool::Verdict ConnectTool::evaluate(const std::string& from, const std::string& to) const
{
    // A press or release on something nested (a subnet, a VM) stands for its containers too:
    // dragging from a subnet to another VNet's subnet means the two VNets. The innermost pair
    // that a link can join wins; a pair refused for a reason (overlap, duplicate) is reported.
    const Design& d = scene()->document()->design();
    auto chain = [&](const std::string& id) {
        std::vector<std::string> ids;
        for (const Element* e = d.element(id); e && ids.size() < 32; e = d.element(e->parent))
            ids.push_back(e->id);
        return ids;
    };
    Verdict direct = evaluatePair(from, to);
    if (!direct.candidates.empty() || direct.refused)
        return direct;
    for (const auto& a : chain(from))
        for (const auto& b : chain(to)) {
            if (a == b || d.isAncestor(a, b) || d.isAncestor(b, a))
                continue;
            Verdict v = evaluatePair(a, b);
            if (!v.candidates.empty() || v.refused)
                return v;
        }
    return direct;
}

void ConnectTool::showLine(const QPointF& from, const QPointF& to)
{
    if (!m_line) {
        m_line = new QGraphicsLineItem;
        m_line->setZValue(1e5);
    }
    QPen pen(CanvasTheme::current().text, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    m_line->setLine(QLineF(from, to));
    if (!m_line->scene())
        scene()->addItem(m_line);
}

void ConnectTool::startFrom(const std::string& id)
{
    ElementItem* source = scene()->item(id);
    if (!source)
        return;
    cancel();
    m_source = id;
    m_oneShot = true;
    m_armed = true;
    const QPointF c = source->sceneBoundingRectOfElement().center();
    showLine(c, c);
    emit scene()->message(tr("Connect from %1: click the element to link it to. Esc cancels.")
                              .arg(QString::fromStdString(source->element().label())));
}

bool ConnectTool::mousePress(QGraphicsSceneMouseEvent* event)
{
    if (m_armed) {
        m_armed = false; // this click picks the target: the release ends the link
        return true;
    }
    ElementItem* hit = scene()->elementAt(event->scenePos());
    if (!hit)
        return true; // nothing to start from; no rubber band in this tool
    m_source = hit->id();
    showLine(hit->sceneBoundingRectOfElement().center(), event->scenePos());
    return true;
}

void ConnectTool::mouseMove(QGraphicsSceneMouseEvent* event)
{
    if (m_source.empty() || !m_line)
        return;
    DiagramScene* s = scene();
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    ElementItem* target = s->elementAt(event->scenePos(), {m_source});
    if (!target) {
        s->setTargetHighlight({}, false);
        s->hideHint();
        return;
    }
    const Verdict v = evaluate(m_source, target->id());
    // The element the link would really end at (a subnet's VNet for a peering).
    s->setTargetHighlight(v.to.empty() ? target->id() : v.to, !v.candidates.empty());
    if (v.candidates.empty()) {
        s->showHint(v.reason, event->scenePos(), true);
    } else {
        QStringList kinds;
        for (const auto& c : v.candidates)
            kinds << KindNames::linkName(c.kind);
        s->showHint(kinds.join(QStringLiteral(" / ")), event->scenePos(), false);
    }
}

void ConnectTool::mouseRelease(QGraphicsSceneMouseEvent* event)
{
    if (m_source.empty())
        return;
    DiagramScene* s = scene();
    if (m_armed)
        return; // the release of the click that chose Connect From Here
    ElementItem* target = s->elementAt(event->scenePos(), {m_source});
    const std::string source = m_source;
    const bool oneShot = m_oneShot;
    cancel();
    if (oneShot)
        s->setTool(DiagramScene::ToolKind::Select);
    if (!target)
        return;
    const Verdict v = evaluate(source, target->id());
    if (v.candidates.empty()) {
        s->showHint(v.reason, event->scenePos(), true);
        return;
    }
    if (v.candidates.size() == 1) {
        addLink(v.candidates.front());
        return;
    }
    QMenu menu;
    menu.setTitle(tr("Link kind"));
    for (const auto& c : v.candidates) {
        QAction* a = menu.addAction(KindNames::linkName(c.kind));
        QObject::connect(a, &QAction::triggered, [this, c] { addLink(c); });
    }
    menu.exec(QCursor::pos());
}

void ConnectTool::addLink(const Candidate& c)
{
    DesignDocument* doc = scene()->document();
    Link l;
    l.kind = c.kind;
    l.from = c.from;
    l.to = c.to;
    std::string stem = KindRegistry::info(c.kind).key;
    for (auto& ch : stem)
        ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    l.id = doc->design().uniqueId(stem);
    doc->push(new AddLinkCommand(doc, l));
    scene()->selectIds({l.id});
    emit scene()->message(
        QCoreApplication::translate("ConnectTool", "Added %1.").arg(KindNames::linkName(c.kind)));
}

bool ConnectTool::keyPress(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !m_source.empty()) {
        const bool oneShot = m_oneShot;
        cancel();
        if (oneShot)
            scene()->setTool(DiagramScene::ToolKind::Select);
        return true;
    }
    return false;
}

void ConnectTool::cancel()
{
    m_source.clear();
    m_oneShot = false;
    m_armed = false;
    if (m_line && m_line->scene())
        m_line->scene()->removeItem(m_line);
    scene()->setTargetHighlight({}, false);
    scene()->hideHint();
}

} // namespace kg::ui
