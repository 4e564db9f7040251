// recognise.h — turns a neutral Document into a Plan, whatever the board's table layout.
#pragma once

#include <map>
#include <string>

#include "model/diagnostics.h"
#include "model/document.h"
#include "model/plan.h"

namespace planport {

struct RecogniseOptions {
    /// Extra header → role mappings from a user's mapping file ("header text" → "action", "lead", …),
    /// consulted before the built-in vocabulary.
    std::map<std::string, std::string> column_map;
};

/// Runs the recognition steps (see recognise.cpp) and returns the plan. Tables no recogniser claims go to
/// diag.unmapped; diag.cells counts the non-empty cells and where they went.
Plan recognise(const Document& doc, Diagnostics& diag, const RecogniseOptions& options = {});

}  // namespace planport
