// plan.h — the common business-plan model: Plan → Priorities → Actions, with normalised dates, RAG,
// themes and provenance. Every exporter works from this, never from a Document.
#pragma once

#include <string>
#include <vector>

namespace planport {

/// Normalised progress status. Grey and blue shading, and words such as "Completed", mean Complete.
enum class Rag { Unknown, Complete, Green, Amber, Red };

/// "complete", "green", "amber", "red" or "" (Unknown) — the CSV/JSON spelling.
const char* rag_name(Rag r);
/// Inverse of rag_name; anything else gives Unknown.
Rag rag_from_name(const std::string& s);

/// Where an action came from. page is 1-based (0 = unknown, as for DOCX); table is the 1-based index of the
/// top-level table in the document; row is the 0-based grid row inside that table.
struct Provenance {
    std::string file;
    int page = 0;
    int table = 0;
    int row = 0;
};

struct Action {
    std::string ref;         ///< as printed: "3.1", "2.7"; "" when the plan numbers nothing
    std::string outcome;     ///< desired outcome (carried down when the plan leaves it blank)
    std::string text;        ///< the action / milestone; lead-in plus "• item" lines when it keeps items
    std::vector<std::string> items;  ///< the bullet items of a lead-in action, without labels
    std::string lead;
    std::string resources;   ///< other resources
    std::string workstream;  ///< matrix row (Herefordshire), "" elsewhere
    std::string timescale;   ///< as printed
    std::string due;         ///< normalised: "YYYY-MM", "YYYY-MM-DD" or ""
    Rag rag = Rag::Unknown;
    std::string progress;    ///< progress text as printed (its own leading ref removed)
    Provenance where;
};

struct Priority {
    std::string ref;               ///< "1", "2" … as printed or inferred
    std::string title;
    std::string description;       ///< description / "what difference do we want to make?" / key outcomes
    std::string lead_group;
    std::string success_measures;  ///< "how will we measure our success?"
    std::vector<std::string> themes;  ///< taxonomy ids (model/themes)
    std::vector<Action> actions;
};

struct Plan {
    std::string board;     ///< "Essex Safeguarding Children Board"
    std::string title;     ///< plan title as printed: "Business Plan 2014-15"
    int start_year = 0;    ///< period, 0 when unknown
    int end_year = 0;
    std::string version;   ///< "Version 3 – November 2014" when printed
    std::string source;    ///< file name
    std::string format;    ///< "docx", "pdf" or "json"
    std::vector<Priority> priorities;

    /// "YYYY-YYYY", or "" when the period is unknown.
    std::string period() const;
    int action_count() const;
};

}  // namespace planport
