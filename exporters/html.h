// html.h — the annual-report appendix: one self-contained, accessible HTML page (WCAG 2.1 AA) of the plans'
// actions and their status, from ctemplate templates (exporters/templates/, or a user's --template-dir).
// Also the pieces the comparison page shares: status words, counts, template expansion.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/plan.h"

namespace ctemplate { class TemplateDictionary; }

namespace planport {

struct HtmlOptions {
    std::string template_dir;  ///< "" = the project's templates (default_template_dir)
    std::string title;         ///< "" = "<board>: <plan title>" for one plan, else "Business plan progress"
};

/// Writes the appendix: title and period, a status summary per board/plan and per priority, then per plan and
/// priority the actions (ref, outcome, action, lead, timescale, due, status, progress, source and page; a
/// column that no action of the table fills is left out).
/// Throws std::runtime_error when a template is missing or malformed.
void write_appendix_html(std::ostream& out, const std::vector<Plan>& plans, const HtmlOptions& options);

/// The words shown for a status, never colour alone: "Complete", "Green — on track", "Amber", "Red", "Not rated".
const char* status_label(Rag r);
/// Its CSS class suffix: "complete", "green", "amber", "red", "unknown" (tag-<suffix> in style.tpl).
const char* status_class(Rag r);

/// Actions counted by status.
struct StatusCounts {
    int complete = 0, green = 0, amber = 0, red = 0, unknown = 0;
    void add(Rag r);
    int total() const { return complete + green + amber + red + unknown; }
};

/// The project's templates: templates/ of planport's data folder (find_data_file("templates/appendix.tpl");
/// exporters/templates/ in the source tree). Throws std::runtime_error when it cannot be found.
std::string default_template_dir();

/// Expands `name` from `dir` ("" = default_template_dir()) with `dict`; throws std::runtime_error
/// ("<dir>/<name>: no such template", or "…: cannot load or expand the template" when it or an included
/// template is malformed or missing).
std::string expand_html_template(const std::string& dir, const std::string& name,
                                 const ctemplate::TemplateDictionary& dict);

/// "2014 to 2015" for plans 2014-15; "" when unknown. (GOV.UK style: "to" in ranges.)
std::string period_words(int start_year, int end_year);

/// "essex.pdf, page 4" / "plan.docx, table 3" — where an action was read, for people; the file name without
/// its folders.
std::string source_words(const Plan& plan, const Action& a);

}  // namespace planport
