#include "import/TerraformGrants.h"

#include "import/AzureResourceId.h"
#include "model/AzureRoles.h"
#include "model/EksMapping.h"
#include "model/TextForm.h"
#include "text/Utf8.h"

#include <algorithm>

namespace kg {

namespace {

using json = nlohmann::json;

// Whether a role assignment at `scope` reaches `resource`: the same id, or an ancestor of it
// (a subscription, a resource group), compared as Azure compares ids.
bool covers(const std::string& scope, const std::string& resource)
{
    const std::string s = AzureResourceId::key(scope);
    const std::string r = AzureResourceId::key(resource);
    if (s.empty() || r.empty() || r.compare(0, s.size(), s) != 0)
        return false;
    return r.size() == s.size() || r[s.size()] == '/' || s.back() == '/';
}

// The last segment of a role definition's resource id: its GUID.
std::string lastSegment(const std::string& id)
{
    const std::size_t slash = id.find_last_of('/');
    return slash == std::string::npos ? id : id.substr(slash + 1);
}

// The role as a role assignment names it: a built-in role's name, or a custom role's actions
// from an azurerm_role_definition in the output; empty when neither can be told.
std::string roleText(const json& v, const std::string& b,
                     const std::vector<TerraformResource>& resources, JsonFields& f,
                     std::string& shown)
{
    const std::string name = f.string(v, "role_definition_name", b).value_or("");
    const std::string id = f.string(v, "role_definition_id", b).value_or("");
    shown = !name.empty() ? name : id;
    if (const AzureRole* role = AzureRoles::find(name))
        return std::string(role->name);
    if (const AzureRole* role = AzureRoles::find(lastSegment(id)))
        return std::string(role->name);
    for (const TerraformResource& r : resources) {
        if (r.type != "azurerm_role_definition")
            continue;
        const json& d = *r.values;
        const std::string dName = f.string(d, "name", r.pointer).value_or("");
        const std::string dId = f.string(d, "role_definition_id", r.pointer).value_or("");
        if ((name.empty() || name != dName) &&
            (id.empty() || dId.empty() ||
             AzureResourceId::key(lastSegment(id)) != AzureResourceId::key(dId)))
            continue;
        const json* permissions = f.array(d, "permissions", r.pointer);
        if (!permissions)
            return {};
        std::string actions;
        for (std::size_t i = 0; i < permissions->size(); ++i) {
            const std::string pb =
                JsonFields::pointer(JsonFields::pointer(r.pointer, "permissions"), i);
            for (const std::string& a :
                 f.strings((*permissions)[i], "actions", pb).value_or(std::vector<std::string>{}))
                actions += " " + a;
        }
        return actions.empty() ? std::string() : actions.substr(1);
    }
    return {};
}

void readRoleAssignments(const std::vector<TerraformResource>& resources, ImportedConfig& config,
                         JsonFields& f)
{
    for (const TerraformResource& r : resources) {
        if (r.type != "azurerm_role_assignment")
            continue;
        const json& v = *r.values;
        const std::string scope = f.string(v, "scope", r.pointer).value_or("");
        const std::string principal = f.string(v, "principal_id", r.pointer).value_or("");
        for (ImportedAks& c : config.aks) {
            if (c.resourceId.empty() || !covers(scope, c.resourceId))
                continue;
            std::string shown;
            const std::string role = roleText(v, r.pointer, resources, f, shown);
            const std::string text = principal + " " + role;
            if (principal.empty() || role.empty() ||
                !textFormProblem(TextForm::RoleAssignment, text).empty()) {
                config.notes.push_back(Sentence(
                    "import.note.tf-role-left-out", {{"name", c.name}, {"address", r.address}},
                    {{"role", shown.empty() ? Sentence("phrase.import.role-not-given")
                                            : Sentence::literal(shown)}}));
                continue;
            }
            if (c.roleAssignments.empty())
                config.notes.push_back(
                    Sentence("import.note.tf-role-object-ids", {{"name", c.name}}));
            if (std::find(c.roleAssignments.begin(), c.roleAssignments.end(), text) ==
                c.roleAssignments.end())
                c.roleAssignments.push_back(text);
        }
    }
}

void readAccessEntries(const std::vector<TerraformResource>& resources, ImportedConfig& config,
                       JsonFields& f)
{
    for (const TerraformResource& r : resources) {
        if (r.type != "aws_eks_access_entry")
            continue;
        const json& v = *r.values;
        const std::string cluster = f.string(v, "cluster_name", r.pointer).value_or("");
        const std::string principal = f.string(v, "principal_arn", r.pointer).value_or("");
        std::string text = principal;
        for (const TerraformResource& a : resources) {
            if (a.type != "aws_eks_access_policy_association" ||
                f.string(*a.values, "cluster_name", a.pointer).value_or("") != cluster ||
                f.string(*a.values, "principal_arn", a.pointer).value_or("") != principal)
                continue;
            const std::string policy = f.string(*a.values, "policy_arn", a.pointer).value_or("");
            text += " " + policy.substr(policy.find_last_of('/') + 1);
        }
        std::string badGroup;
        for (const std::string& g :
             f.strings(v, "kubernetes_groups", r.pointer).value_or(std::vector<std::string>{})) {
            text += " " + g;
            if (badGroup.empty() &&
                (g.empty() || spaceSeparated(g).size() != 1 ||
                 !textFormProblem(TextForm::AwsAuthEntry, "arn:aws:iam::111122223333:role/x " + g)
                      .empty()))
                badGroup = g;
        }
        for (ImportedEks& e : config.eks) {
            if (e.name != cluster)
                continue;
            if (!badGroup.empty()) {
                config.notes.push_back(
                    Sentence("import.note.tf-bad-group", {{"name", e.name},
                                                          {"address", r.address},
                                                          {"group", utf8Prefix(badGroup, 120)}}));
                continue;
            }
            if (Sentence why = textFormProblem(TextForm::EksAccessEntry, text); !why.empty()) {
                config.notes.push_back(Sentence(
                    "import.note.tf-bad-entry",
                    {{"name", e.name}, {"address", r.address}, {"entry", utf8Prefix(text, 120)}},
                    {{"why", std::move(why)}}));
                continue;
            }
            e.accessEntries.push_back(text);
        }
    }
}

} // namespace

void TerraformGrants::read(const std::vector<TerraformResource>& resources, ImportedConfig& config,
                           JsonFields& fields)
{
    readRoleAssignments(resources, config, fields);
    readAccessEntries(resources, config, fields);
}

} // namespace kg
