#include "model/Design.h"

#include <algorithm>
#include <stdexcept>

namespace kg {

Design::Design(const Design& other)
    : m_title(other.m_title), m_notes(other.m_notes), m_variants(other.m_variants),
      m_lesson(other.m_lesson), m_elements(other.m_elements), m_links(other.m_links),
      m_elementIndex(other.m_elementIndex), m_linkIndex(other.m_linkIndex),
      m_children(other.m_children), m_revision(other.m_revision)
{}

Design& Design::operator=(const Design& other)
{
    if (this == &other)
        return *this;
    m_title = other.m_title;
    m_notes = other.m_notes;
    m_variants = other.m_variants;
    m_lesson = other.m_lesson;
    m_elements = other.m_elements;
    m_links = other.m_links;
    m_elementIndex = other.m_elementIndex;
    m_linkIndex = other.m_linkIndex;
    m_children = other.m_children;
    ++m_revision;
    notify({DesignChange::Type::Reset, {}, false, 0});
    return *this;
}

Design::Design(Design&& other) noexcept
    : m_title(std::move(other.m_title)), m_notes(std::move(other.m_notes)),
      m_variants(std::move(other.m_variants)), m_lesson(std::move(other.m_lesson)),
      m_elements(std::move(other.m_elements)), m_links(std::move(other.m_links)),
      m_elementIndex(std::move(other.m_elementIndex)), m_linkIndex(std::move(other.m_linkIndex)),
      m_children(std::move(other.m_children)), m_revision(other.m_revision)
{}

Design& Design::operator=(Design&& other) noexcept
{
    if (this == &other)
        return *this;
    m_title = std::move(other.m_title);
    m_notes = std::move(other.m_notes);
    m_variants = std::move(other.m_variants);
    m_lesson = std::move(other.m_lesson);
    m_elements = std::move(other.m_elements);
    m_links = std::move(other.m_links);
    m_elementIndex = std::move(other.m_elementIndex);
    m_linkIndex = std::move(other.m_linkIndex);
    m_children = std::move(other.m_children);
    ++m_revision;
    notify({DesignChange::Type::Reset, {}, false, 0});
    return *this;
}

void Design::setInfo(std::string title, std::string notes)
{
    m_title = std::move(title);
    m_notes = std::move(notes);
    ++m_revision;
    notify({DesignChange::Type::InfoChanged, {}, false, 0});
}

void Design::setLesson(Lesson lesson)
{
    m_lesson = std::move(lesson);
    ++m_revision;
    notify({DesignChange::Type::InfoChanged, {}, false, 0});
}

const Element* Design::element(std::string_view id) const
{
    auto i = elementIndex(id);
    return i ? &m_elements[*i] : nullptr;
}

const Link* Design::link(std::string_view id) const
{
    auto i = linkIndex(id);
    return i ? &m_links[*i] : nullptr;
}

std::optional<std::size_t> Design::elementIndex(std::string_view id) const
{
    auto it = m_elementIndex.find(id);
    if (it == m_elementIndex.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::size_t> Design::linkIndex(std::string_view id) const
{
    auto it = m_linkIndex.find(id);
    if (it == m_linkIndex.end())
        return std::nullopt;
    return it->second;
}

const std::vector<std::string>& Design::childIds(std::string_view id) const
{
    static const std::vector<std::string> kNone;
    auto it = m_children.find(id);
    return it == m_children.end() ? kNone : it->second;
}

std::vector<const Element*> Design::children(std::string_view id) const
{
    std::vector<const Element*> out;
    auto it = m_children.find(id);
    if (it == m_children.end())
        return out;
    out.reserve(it->second.size());
    for (const auto& childId : it->second)
        out.push_back(element(childId));
    std::sort(out.begin(), out.end(), [this](const Element* a, const Element* b) {
        return *elementIndex(a->id) < *elementIndex(b->id);
    });
    return out;
}

std::vector<std::string> Design::subtree(std::string_view id) const
{
    std::vector<std::string> out;
    if (!element(id))
        return out;
    out.emplace_back(id);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto it = m_children.find(out[i]);
        if (it == m_children.end())
            continue;
        // Guard against a cycle in a design that was never checked: never revisit an id.
        for (const auto& child : it->second) {
            if (std::find(out.begin(), out.end(), child) == out.end())
                out.push_back(child);
        }
    }
    return out;
}

std::vector<const Link*> Design::linksOf(std::string_view id) const
{
    std::vector<const Link*> out;
    for (const auto& l : m_links) {
        if (l.from == id || l.to == id)
            out.push_back(&l);
    }
    return out;
}

bool Design::isAncestor(std::string_view ancestor, std::string_view id) const
{
    const Element* e = element(id);
    std::size_t guard = 0;
    while (e && !e->parent.empty() && guard++ <= m_elements.size()) {
        if (e->parent == ancestor)
            return true;
        e = element(e->parent);
    }
    return false;
}

std::string Design::uniqueId(std::string_view stem) const
{
    std::string base(stem.empty() ? std::string_view("element") : stem);
    for (std::size_t n = 1;; ++n) {
        std::string candidate = base + '-' + std::to_string(n);
        if (!contains(candidate))
            return candidate;
    }
}

void Design::insertElement(Element element, std::optional<std::size_t> index)
{
    if (contains(element.id))
        throw std::invalid_argument("duplicate id " + element.id);
    std::size_t at = std::min(index.value_or(m_elements.size()), m_elements.size());
    std::string id = element.id;
    m_children[element.parent].push_back(id);
    m_elements.insert(m_elements.begin() + static_cast<std::ptrdiff_t>(at), std::move(element));
    if (at + 1 != m_elements.size())
        shiftIndexes(m_elementIndex, at, +1);
    m_elementIndex[id] = at;
    ++m_revision;
    notify({DesignChange::Type::ElementAdded, id, false, 0, nullptr, nullptr, at});
}

Element Design::eraseElement(std::string_view id)
{
    auto index = elementIndex(id);
    if (!index)
        throw std::invalid_argument("no element " + std::string(id));
    Element removed = std::move(m_elements[*index]);
    m_elements.erase(m_elements.begin() + static_cast<std::ptrdiff_t>(*index));
    auto& siblings = m_children[removed.parent];
    siblings.erase(std::remove(siblings.begin(), siblings.end(), removed.id), siblings.end());
    m_elementIndex.erase(removed.id);
    if (*index != m_elements.size())
        shiftIndexes(m_elementIndex, *index, -1);
    ++m_revision;
    notify({DesignChange::Type::ElementRemoved, removed.id, false, 0, &removed, nullptr, *index});
    return removed;
}

void Design::replaceElement(Element element)
{
    auto index = elementIndex(element.id);
    if (!index)
        throw std::invalid_argument("no element " + element.id);
    Element& current = m_elements[*index];
    bool parentChanged = current.parent != element.parent;
    unsigned fields = (current.name != element.name ? DesignChange::Name : 0u) |
                      (parentChanged ? DesignChange::Parent : 0u) |
                      (current.geometry != element.geometry ? DesignChange::Geometry : 0u) |
                      (current.notes != element.notes ? DesignChange::Notes : 0u) |
                      (current.properties != element.properties ? DesignChange::Properties : 0u) |
                      (current.kind != element.kind ? DesignChange::Kind : 0u);
    if (parentChanged) {
        auto& oldSiblings = m_children[current.parent];
        oldSiblings.erase(std::remove(oldSiblings.begin(), oldSiblings.end(), current.id),
                          oldSiblings.end());
        m_children[element.parent].push_back(element.id);
    }
    std::string id = element.id;
    current = std::move(element);
    ++m_revision;
    notify({DesignChange::Type::ElementChanged, id, parentChanged, fields});
}

void Design::insertLink(Link link, std::optional<std::size_t> index)
{
    if (contains(link.id))
        throw std::invalid_argument("duplicate id " + link.id);
    std::size_t at = std::min(index.value_or(m_links.size()), m_links.size());
    std::string id = link.id;
    m_links.insert(m_links.begin() + static_cast<std::ptrdiff_t>(at), std::move(link));
    if (at + 1 != m_links.size())
        shiftIndexes(m_linkIndex, at, +1);
    m_linkIndex[id] = at;
    ++m_revision;
    notify({DesignChange::Type::LinkAdded, id, false, 0});
}

Link Design::eraseLink(std::string_view id)
{
    auto index = linkIndex(id);
    if (!index)
        throw std::invalid_argument("no link " + std::string(id));
    Link removed = std::move(m_links[*index]);
    m_links.erase(m_links.begin() + static_cast<std::ptrdiff_t>(*index));
    m_linkIndex.erase(removed.id);
    if (*index != m_links.size())
        shiftIndexes(m_linkIndex, *index, -1);
    ++m_revision;
    notify({DesignChange::Type::LinkRemoved, removed.id, false, 0, nullptr, &removed});
    return removed;
}

void Design::replaceLink(Link link)
{
    auto index = linkIndex(link.id);
    if (!index)
        throw std::invalid_argument("no link " + link.id);
    std::string id = link.id;
    Link& old = m_links[*index];
    const bool onlyRoute = old.kind == link.kind && old.from == link.from && old.to == link.to &&
                           old.properties == link.properties;
    old = std::move(link);
    ++m_revision;
    notify({DesignChange::Type::LinkChanged, id, false,
            onlyRoute ? static_cast<unsigned>(DesignChange::Geometry) : 0u});
}

template <typename Item>
std::vector<Item> Design::eraseBatch(std::vector<Item>& items, IdMap<std::size_t>& index,
                                     const std::vector<std::string>& ids,
                                     const std::function<void(Item&)>& announce)
{
    // Each item's rank in the document order before the batch travels with it, so that the
    // order of what stays can be put back in one pass at the end.
    std::vector<std::uint32_t> rank(items.size());
    for (std::size_t i = 0; i < rank.size(); ++i)
        rank[i] = static_cast<std::uint32_t>(i);
    std::vector<Item> removed;
    removed.reserve(ids.size());
    for (const auto& id : ids) {
        auto at = index.find(id);
        if (at == index.end())
            throw std::invalid_argument("no item " + id);
        const std::size_t i = at->second;
        index.erase(at);
        removed.push_back(std::move(items[i]));
        if (i + 1 != items.size()) {
            items[i] = std::move(items.back());
            rank[i] = rank.back();
            index[items[i].id] = i;
        }
        items.pop_back();
        rank.pop_back();
        announce(removed.back());
    }
    // The document order back: by rank (a permutation applied with moves).
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&rank](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
    std::vector<Item> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
    for (std::size_t i = 0; i < items.size(); ++i)
        index[items[i].id] = i;
    return removed;
}

template <typename Item>
void Design::insertBatch(std::vector<Item>& items, IdMap<std::size_t>& index,
                         std::vector<std::pair<std::size_t, Item>> added,
                         const std::function<void(const Item&)>& announce)
{
    // Appended (announced one by one), then merged into place: item k of `added` ends at its
    // index, the others keep their order around it.
    const std::size_t before = items.size();
    for (auto& [at, item] : added) {
        if (index.count(item.id))
            throw std::invalid_argument("duplicate id " + item.id);
        index[item.id] = items.size();
        items.push_back(std::move(item));
        announce(items.back());
    }
    std::vector<Item> merged;
    merged.reserve(items.size());
    std::size_t old = 0;
    std::size_t next = 0;
    while (merged.size() < items.size()) {
        if (next < added.size() && added[next].first <= merged.size())
            merged.push_back(std::move(items[before + next++]));
        else if (old < before)
            merged.push_back(std::move(items[old++]));
        else
            merged.push_back(std::move(items[before + next++]));
    }
    items = std::move(merged);
    for (std::size_t i = 0; i < items.size(); ++i)
        index[items[i].id] = i;
}

namespace {
// Below this many items a batch is item by item: one pass over the design costs more than a
// few shifts of its tail.
constexpr std::size_t kBatch = 16;
} // namespace

std::vector<Element> Design::eraseElements(const std::vector<std::string>& ids)
{
    if (ids.size() < kBatch) {
        std::vector<Element> out;
        for (const auto& id : ids)
            out.push_back(eraseElement(id));
        return out;
    }
    return eraseBatch<Element>(m_elements, m_elementIndex, ids, [this](Element& removed) {
        auto& siblings = m_children[removed.parent];
        siblings.erase(std::remove(siblings.begin(), siblings.end(), removed.id), siblings.end());
        ++m_revision;
        notify({DesignChange::Type::ElementRemoved, removed.id, false, 0, &removed, nullptr});
    });
}

std::vector<Link> Design::eraseLinks(const std::vector<std::string>& ids)
{
    if (ids.size() < kBatch) {
        std::vector<Link> out;
        for (const auto& id : ids)
            out.push_back(eraseLink(id));
        return out;
    }
    return eraseBatch<Link>(m_links, m_linkIndex, ids, [this](Link& removed) {
        ++m_revision;
        notify({DesignChange::Type::LinkRemoved, removed.id, false, 0, nullptr, &removed});
    });
}

void Design::insertElements(std::vector<std::pair<std::size_t, Element>> items)
{
    if (items.size() < kBatch) {
        for (auto& [at, e] : items)
            insertElement(std::move(e), at);
        return;
    }
    for (const auto& [at, e] : items)
        if (link(e.id))
            throw std::invalid_argument("duplicate id " + e.id);
    insertBatch<Element>(m_elements, m_elementIndex, std::move(items), [this](const Element& e) {
        m_children[e.parent].push_back(e.id);
        ++m_revision;
        notify({DesignChange::Type::ElementAdded, e.id, false, 0});
    });
}

void Design::insertLinks(std::vector<std::pair<std::size_t, Link>> items)
{
    if (items.size() < kBatch) {
        for (auto& [at, l] : items)
            insertLink(std::move(l), at);
        return;
    }
    for (const auto& [at, l] : items)
        if (element(l.id))
            throw std::invalid_argument("duplicate id " + l.id);
    insertBatch<Link>(m_links, m_linkIndex, std::move(items), [this](const Link& l) {
        ++m_revision;
        notify({DesignChange::Type::LinkAdded, l.id, false, 0});
    });
}

void Design::addObserver(DesignObserver* observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void Design::removeObserver(DesignObserver* observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
}

bool Design::operator==(const Design& other) const
{
    return m_title == other.m_title && m_notes == other.m_notes && m_lesson == other.m_lesson &&
           m_variants == other.m_variants && m_elements == other.m_elements &&
           m_links == other.m_links;
}

void Design::shiftIndexes(IdMap<std::size_t>& index, std::size_t from, int delta)
{
    // An insertion or removal in the middle moves the items after it by one; adjusting their
    // positions is a walk over the map, far cheaper than rehashing every id (undo of a delete
    // puts items back in the middle).
    for (auto& [id, position] : index)
        if (position >= from)
            position = delta > 0 ? position + 1 : position - 1;
}

void Design::rebuildIndexes()
{
    m_elementIndex.clear();
    m_linkIndex.clear();
    for (std::size_t i = 0; i < m_elements.size(); ++i)
        m_elementIndex[m_elements[i].id] = i;
    for (std::size_t i = 0; i < m_links.size(); ++i)
        m_linkIndex[m_links[i].id] = i;
}

void Design::notify(const DesignChange& change)
{
    // Copy: an observer may remove itself while being notified.
    const auto observers = m_observers;
    for (DesignObserver* o : observers)
        o->designChanged(change);
}

} // namespace kg
