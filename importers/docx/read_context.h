// read_context.h — what the mapping step carries while it walks document.xml: the parsed styles, numbering
// (with its running counters) and theme, the diagnostics, and the state that crosses blocks.
#pragma once

#include <optional>
#include <string>

#include "importers/docx/numbering.h"
#include "importers/docx/run_props.h"
#include "importers/docx/styles.h"
#include "importers/docx/theme.h"
#include "model/diagnostics.h"

namespace planport::docx {

/// Nested tables deeper than this are skipped with a warning (hostile files nest thousands).
constexpr int max_table_depth = 32;

struct ReadContext {
    const StyleSheet& styles;
    Numbering& numbering;
    const Theme& theme;
    Diagnostics& diag;
    std::string source;         ///< for messages: "plan.docx"
    int top_tables = 0;         ///< top-level tables seen so far (Table::index)
    bool pending_break = false; ///< a page break ended the previous block: the next one starts a page
    std::optional<RunProps> table_run;  ///< run properties the table style gives the cell being read
};

}  // namespace planport::docx
