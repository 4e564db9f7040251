// import_plan.cpp — read → recognise → themes for one file.
#include "importers/import_plan.h"

#include "importers/json/json_reader.h"
#include "importers/read_document.h"

namespace planport {

namespace {
const ThemeTable& themes_of(const ImportOptions& options) {
    if (options.themes) return *options.themes;
    static const ThemeTable table = default_theme_table();  // loaded once, read-only afterwards
    return table;
}
}  // namespace

std::vector<Plan> import_file(const std::string& path, Diagnostics& diag, const ImportOptions& options) {
    std::vector<Plan> plans;
    if (sniff_file(path) == FileKind::Json) {
        plans = read_model_json(path);
        for (auto& plan : plans)
            for (auto& p : plan.priorities)
                if (p.themes.empty()) p.themes = assign_themes(p, themes_of(options));
        return plans;
    }
    Document doc = read_document(path, diag, options.pdf);
    auto slash = path.find_last_of('/');
    doc.source = slash == std::string::npos ? path : path.substr(slash + 1);
    plans.push_back(recognise(doc, diag, options.recognise));
    assign_themes(plans, themes_of(options));
    return plans;
}

}  // namespace planport
