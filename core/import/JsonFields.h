#pragma once

#include "io/LoadError.h"
#include "model/TextForm.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Typed, located reads from the JSON of cloud tools. Keys match case-insensitively (AKS-116:
// the wire says authorizedIPRanges, az prints authorizedIpRanges); a missing key and a JSON
// null both read as "unset" (az prints unset values as null). A value of the wrong type is an
// error at its JSON pointer, recorded in the error list the reader was made with.
class JsonFields
{
public:
    explicit JsonFields(std::vector<LoadError>& errors) : m_errors(errors) {}

    // The member named `key` (any letter case), or nullptr when absent or null.
    static const nlohmann::json* find(const nlohmann::json& object, std::string_view key);
    // The first of several spellings that is present (field renames: vnet_integration_enabled
    // became virtual_network_integration_enabled); `found` receives the spelling used.
    static const nlohmann::json* findAny(const nlohmann::json& object,
                                         std::initializer_list<std::string_view> keys,
                                         std::string* found = nullptr);

    std::optional<bool> boolean(const nlohmann::json& object, std::string_view key,
                                const std::string& pointer);
    std::optional<std::string> string(const nlohmann::json& object, std::string_view key,
                                      const std::string& pointer);
    // A string that must have `form` (an Azure location, a zone name): one that does not is
    // an error at its pointer, saying what the form is, and reads as unset.
    std::optional<std::string> formed(const nlohmann::json& object, std::string_view key,
                                      const std::string& pointer, TextForm form);
    // Checks a value read or derived from the input (a region taken from an ARN) against
    // `form`; false, with an error at `at` naming `what`, when it does not have it.
    bool checkForm(const std::string& value, TextForm form, const std::string& at,
                   std::string_view what);
    std::optional<std::vector<std::string>>
    strings(const nlohmann::json& object, std::string_view key, const std::string& pointer);
    // An object member; nullptr when unset or (with an error) not an object.
    const nlohmann::json* object(const nlohmann::json& object, std::string_view key,
                                 const std::string& pointer);
    // An array member; nullptr when unset or (with an error) not an array.
    const nlohmann::json* array(const nlohmann::json& object, std::string_view key,
                                const std::string& pointer);
    // Terraform writes a nested block as an array of one object: the first object, or nullptr.
    const nlohmann::json* block(const nlohmann::json& object, std::string_view key,
                                const std::string& pointer);

    void error(const std::string& pointer, Sentence message);
    bool failed() const { return !m_errors.empty(); }

    static std::string pointer(const std::string& base, std::string_view key);
    static std::string pointer(const std::string& base, std::size_t index);
    // The pointer of the object in a Terraform block (the first of its list): base/key/0.
    static std::string blockPointer(const std::string& base, std::string_view key);

private:
    // The member when it has `type`; else an error saying it should be `expected`, a phrase
    // id of the catalogue ("phrase.json.string"), and nullptr.
    const nlohmann::json* typed(const nlohmann::json& object, std::string_view key,
                                const std::string& pointer, nlohmann::json::value_t type,
                                const char* expected);

    std::vector<LoadError>& m_errors;
};

} // namespace kg
