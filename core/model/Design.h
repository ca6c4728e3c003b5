#pragma once

#include "model/DesignChange.h"
#include "model/Element.h"
#include "model/IdMap.h"
#include "model/Lesson.h"
#include "model/Link.h"
#include "model/Variant.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg {

// The single source of truth of a design: elements and links addressed by stable ids, in
// document order (the order they were added; files store them sorted by id). Mutators keep the
// id and children indexes consistent and notify observers; they do not check semantic rules
// (containment, references): DesignChecker does, and Edits are the only callers in the app.
class Design
{
public:
    Design() = default;
    Design(const Design& other);
    Design& operator=(const Design& other);
    Design(Design&&) noexcept;
    Design& operator=(Design&&) noexcept;
    ~Design() = default;

    const std::string& title() const { return m_title; }
    const std::string& notes() const { return m_notes; }
    void setInfo(std::string title, std::string notes);
    // The design's named variants (Variant): data the file keeps beside the base. Setting them
    // announces nothing; the document shows a variant by replacing the design it edits.
    const std::vector<Variant>& variants() const { return m_variants; }
    void setVariants(std::vector<Variant> variants) { m_variants = std::move(variants); }
    // What a trainer prepared with the design (build-up order, quiz): the file's, like the
    // title, whichever variant is shown. Announced as an info change.
    const Lesson& lesson() const { return m_lesson; }
    void setLesson(Lesson lesson);

    const std::vector<Element>& elements() const { return m_elements; }
    const std::vector<Link>& links() const { return m_links; }

    const Element* element(std::string_view id) const;
    const Link* link(std::string_view id) const;
    std::optional<std::size_t> elementIndex(std::string_view id) const;
    std::optional<std::size_t> linkIndex(std::string_view id) const;
    bool contains(std::string_view id) const { return element(id) || link(id); }

    // Direct children of `id` ("" for the top level), in document order.
    std::vector<const Element*> children(std::string_view id) const;
    // The ids of the direct children of `id`, in no particular order (no lookups, no sort).
    const std::vector<std::string>& childIds(std::string_view id) const;
    // `id` and every element nested below it, parents before children.
    std::vector<std::string> subtree(std::string_view id) const;
    // Links that have `id` at either end.
    std::vector<const Link*> linksOf(std::string_view id) const;
    // True when `ancestor` contains `id`, directly or further up.
    bool isAncestor(std::string_view ancestor, std::string_view id) const;

    // A fresh id from `stem` ("vnet" -> "vnet-3") not used by any element or link.
    std::string uniqueId(std::string_view stem) const;

    // Mutators. `index` places the item in document order (clamped; default: at the end).
    // Adding an id that exists, or removing/replacing one that does not, throws
    // std::invalid_argument: callers (Edits, the loader) guarantee it never happens.
    void insertElement(Element element, std::optional<std::size_t> index = std::nullopt);
    Element eraseElement(std::string_view id);
    void replaceElement(Element element);
    void insertLink(Link link, std::optional<std::size_t> index = std::nullopt);
    Link eraseLink(std::string_view id);
    void replaceLink(Link link);

    // Batches for edits of many items (deleting a hub with everything in it, and its undo).
    // Each item is announced as eraseElement/insertElement would announce it, in the order
    // given, and the document order afterwards is the same as one call per item would leave;
    // while the batch runs, elements() and links() may list the items in another order (a
    // removal fills its gap with the last item; additions go to the end and are put in place
    // at the end), which is what makes a batch linear instead of quadratic.
    std::vector<Element> eraseElements(const std::vector<std::string>& ids);
    std::vector<Link> eraseLinks(const std::vector<std::string>& ids);
    // Items with the index each should end at, ascending (as an undo of a removal has them).
    void insertElements(std::vector<std::pair<std::size_t, Element>> items);
    void insertLinks(std::vector<std::pair<std::size_t, Link>> items);

    // Counts every mutation; equal revisions of one Design mean equal content.
    std::uint64_t revision() const { return m_revision; }

    void addObserver(DesignObserver* observer);
    void removeObserver(DesignObserver* observer);

    // Content equality (title, notes, lesson, variants, elements and links in order); observers are
    // not compared.
    bool operator==(const Design& other) const;

private:
    void rebuildIndexes();
    void notify(const DesignChange& change);

    std::string m_title;
    std::string m_notes;
    std::vector<Variant> m_variants;
    Lesson m_lesson;
    std::vector<Element> m_elements;
    std::vector<Link> m_links;
    static void shiftIndexes(IdMap<std::size_t>& index, std::size_t from, int delta);
    // The batches' two halves, for elements and links alike.
    template <typename Item>
    static std::vector<Item> eraseBatch(std::vector<Item>& items, IdMap<std::size_t>& index,
                                        const std::vector<std::string>& ids,
                                        const std::function<void(Item&)>& announce);
    template <typename Item>
    static void insertBatch(std::vector<Item>& items, IdMap<std::size_t>& index,
                            std::vector<std::pair<std::size_t, Item>> added,
                            const std::function<void(const Item&)>& announce);

    IdMap<std::size_t> m_elementIndex;
    IdMap<std::size_t> m_linkIndex;
    IdMap<std::vector<std::string>> m_children;
    std::vector<DesignObserver*> m_observers;
    std::uint64_t m_revision = 0;
};

} // namespace kg
