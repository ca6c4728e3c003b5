#pragma once

#include "io/LoadError.h"
#include "model/Design.h"

#include <optional>
#include <string>
#include <vector>

namespace kg {

// `kubegate import` and File > Import: the JSON of `az aks show` (or `az aks list`, or an ARM
// resource), `aws eks describe-cluster` and `terraform show -json`, one or several files, into
// one design. The source of each file is detected, or forced. Configurations that break rules
// are imported as they are (the analysis reports them); only input that cannot be read is
// refused, and then nothing is imported.
class Importer
{
public:
    enum class Source { Detect, Aks, Eks, Terraform };

    struct Input
    {
        std::string name; // for messages: the file name
        std::string bytes;
    };

    // What is wrong with one input (`file` empty when the inputs as a whole are at fault).
    struct Problem
    {
        std::string file;
        LoadError error;

        // "FILE: at /pointer: what is wrong" (or FILE:LINE:COLUMN for syntax errors).
        std::string text(Language language = Language::English) const;
    };

    struct Result
    {
        std::optional<Design> design;
        std::vector<Problem> errors;
        // What each source left unsaid and what was assumed; also in the design's notes.
        std::vector<Sentence> notes;
        int clusters = 0;
        int networks = 0;

        bool ok() const { return design.has_value(); }
    };

    // The design's notes (what was imported, and the notes) are written in `language`.
    static Result run(const std::vector<Input>& inputs, Source source = Source::Detect,
                      Language language = Language::English);
    // Reads the files, then run(); a file that cannot be read is an error like any other.
    static Result runFiles(const std::vector<std::string>& paths, Source source = Source::Detect,
                           Language language = Language::English);

    // "aks", "eks", "terraform" (and "detect"); nullopt for anything else.
    static std::optional<Source> sourceFromName(const std::string& name);
};

} // namespace kg
