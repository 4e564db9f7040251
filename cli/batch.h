// batch.h — converts many files in parallel; results come back in input order whatever --jobs is, so
// outputs are identical for any number of jobs. One file's failure never stops the others.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/progress_bar.h"
#include "importers/import_plan.h"
#include "model/diagnostics.h"
#include "model/document.h"
#include "model/plan.h"

namespace planport::cli {

struct FileResult {
    std::string path;
    bool ok = false;
    std::string error;        ///< one line, without the path
    std::vector<Plan> plans;  ///< one plan for a document; several for a saved model JSON
    Diagnostics diag;
};

struct BatchOptions {
    int jobs = 0;             ///< 0 = all cores
    long memory_ceiling_mb = 0;  ///< the ceiling set (cli/limits.h), named in "out of memory" errors; 0 = none
    ImportOptions import;
};

/// Converts every file in parallel and hands each result to `deliver` in input order (one call at a time,
/// on the calling thread), as soon as it and every file before it are done. Workers run at most a few files
/// ahead of the next one delivered, so memory holds a bounded number of results however long the batch.
/// `bar` shows the progress (files started and done); deliver may print through it.
void convert_each(const std::vector<std::string>& files, const BatchOptions& options, ProgressBar& bar,
                  const std::function<void(FileResult&&)>& deliver);

/// Converts one file (document or saved model JSON).
FileResult convert_one(const std::string& path, const BatchOptions& options);

}  // namespace planport::cli
