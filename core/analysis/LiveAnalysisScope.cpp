// What the edits since the last update touched, noted as they arrive: the scope the design-wide
// rules read (EditScope), and the clients inserted and erased that the kept topology can follow
// (Topology::carryOver).
#include "analysis/LiveAnalysis.h"
#include "model/Design.h"

namespace kg {

void LiveAnalysis::noteSteps(const DesignChange& change)
{
    using T = DesignChange::Type;
    if (change.type == T::ElementAdded || change.type == T::ElementRemoved) {
        const Element* e =
            change.type == T::ElementAdded ? m_design.element(change.id) : change.removedElement;
        if (e && change.index != DesignChange::kNoIndex && Topology::carriesOver(e->kind))
            m_steps.push_back({change.index, change.type == T::ElementAdded, e->kind});
        else
            m_stepsOnly = false;
        return;
    }
    // A rename, a move on the canvas or a note changes nothing the topology derives.
    const unsigned derived = DesignChange::Parent | DesignChange::Properties | DesignChange::Kind;
    if (change.type != T::ElementChanged || (change.fields & derived))
        m_stepsOnly = false;
}

void LiveAnalysis::noteScope(const DesignChange& change)
{
    using T = DesignChange::Type;
    switch (change.type) {
    case T::ElementAdded:
        if (const Element* e = m_design.element(change.id))
            m_scope.touch(e->kind);
        m_scope.namesOrPlaces = true;
        m_scope.note(change.id);
        return;
    case T::ElementRemoved:
        if (change.removedElement) {
            m_scope.remove(change.removedElement->kind);
        } else {
            m_scope.elementKinds = ~std::uint64_t{0};
            m_scope.elementsKnown = false;
        }
        return;
    case T::ElementChanged:
        if (change.fields & DesignChange::Kind) {
            m_scope.elementKinds = ~std::uint64_t{0}; // what it was is not known here
            m_scope.elementsKnown = false;
        } else if (const Element* e = m_design.element(change.id)) {
            m_scope.touch(e->kind);
            m_scope.note(change.id);
        }
        if (change.fields & (DesignChange::Name | DesignChange::Parent | DesignChange::Kind))
            m_scope.namesOrPlaces = true;
        return;
    case T::LinkRemoved:
        if (change.removedLink)
            m_scope.remove(change.removedLink->kind);
        else
            m_scope.linkKinds = ~std::uint32_t{0};
        return;
    case T::LinkAdded:
    case T::LinkChanged:
        if (const Link* l = m_design.link(change.id))
            m_scope.touch(l->kind);
        else
            m_scope.linkKinds = ~std::uint32_t{0};
        return;
    default:
        m_scope.elementKinds = ~std::uint64_t{0};
        m_scope.linkKinds = ~std::uint32_t{0};
        m_scope.namesOrPlaces = true;
        m_scope.elementsKnown = false;
        return;
    }
}

} // namespace kg
