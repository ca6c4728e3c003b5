#pragma once

// Shared by the live analysis tests: templates loaded by name, an analysis flattened to lines,
// and the check that the live analysis equals a fresh one.
#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysis.h"
#include "io/DesignJson.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::test {

inline Design load(const char* name)
{
    LoadResult r =
        DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) + "/resources/templates/" + name);
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(*r.design) : Design{};
}

inline std::vector<std::string> flatten(const Analysis& a)
{
    std::vector<std::string> out;
    for (const auto& p : a.paths)
        out.push_back(a.clients[p.client] + ">" + a.clusters[p.cluster] + ":" +
                      std::string(toString(p.endpoint)) + std::string(a.endpointElement(p)) + ":" +
                      (p.reachable ? "ok" : "no") + (p.assumed ? "a" : "") +
                      (p.selected ? "s" : "") + std::string(p.rule));
    std::vector<std::string> findings;
    for (const auto& f : a.findings) {
        std::string line = f.rule + "|" + std::string(toString(f.severity)) + "|" + f.message();
        for (const auto& e : f.elements)
            line += "|" + e;
        findings.push_back(line);
    }
    std::sort(findings.begin(), findings.end());
    out.insert(out.end(), findings.begin(), findings.end());
    return out;
}

inline void expectFresh(Design& d, LiveAnalysis& live, const std::string& what)
{
    const Analysis& incremental = live.update();
    EXPECT_FALSE(live.stale());
    const auto now = flatten(incremental);
    const auto fresh = flatten(Analyzer::run(d));
    if (now == fresh)
        return;
    // Only the lines that differ: outcomes and findings of a whole design do not fit a message.
    std::string diff;
    int shown = 0;
    for (const auto& line : now)
        if (std::find(fresh.begin(), fresh.end(), line) == fresh.end() && shown++ < 8)
            diff += "\n  live only:  " + line;
    for (const auto& line : fresh)
        if (std::find(now.begin(), now.end(), line) == now.end() && shown++ < 16)
            diff += "\n  fresh only: " + line;
    ADD_FAILURE() << "after " << what << (diff.empty() ? "\n  (same lines, another order)" : diff);
}

inline void change(Design& d, const std::string& id, const std::string& key, PropertyValue value)
{
    Element e = *d.element(id);
    e.properties[key] = std::move(value);
    d.replaceElement(e);
}

} // namespace kg::test
