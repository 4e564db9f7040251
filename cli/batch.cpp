// batch.cpp — parallel conversion with results in input order.
#include "cli/batch.h"

#include <atomic>
#include <exception>
#include <thread>

#include "cli/progress_bar.h"
#include "importers/import_plan.h"

namespace planport::cli {

FileResult convert_one(const std::string& path, const BatchOptions& options) {
    FileResult r;
    r.path = path;
    try {
        r.plans = import_file(path, r.diag, options.import);
        r.ok = true;
    } catch (const ImportError& e) {
        r.error = e.what();
    } catch (const std::bad_alloc&) {
        r.error = "out of memory while reading";
        if (options.memory_ceiling_mb > 0)
            r.error += " (over the " + std::to_string(options.memory_ceiling_mb) + " MB ceiling; see --max-memory)";
    } catch (const std::exception& e) {
        r.error = std::string("internal error: ") + e.what();
    } catch (...) {
        r.error = "internal error: unknown exception";
    }
    return r;
}

std::vector<FileResult> convert_all(const std::vector<std::string>& files, const BatchOptions& options) {
    std::vector<FileResult> results(files.size());
    int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = std::min<int>(jobs, static_cast<int>(std::max<size_t>(files.size(), 1)));
    ProgressBar bar(static_cast<int>(files.size()), options.progress);
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < files.size();) {
            bar.started(files[i]);
            results[i] = convert_one(files[i], options);
            bar.finished();
        }
    };
    std::vector<std::thread> threads;
    for (int j = 1; j < jobs; ++j) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    return results;
}

}  // namespace planport::cli
