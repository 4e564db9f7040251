// batch.cpp — parallel conversion with results in input order.
#include "cli/batch.h"

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
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

void convert_each(const std::vector<std::string>& files, const BatchOptions& options, ProgressBar& bar,
                  const std::function<void(FileResult&&)>& deliver) {
    int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = std::min<int>(jobs, static_cast<int>(std::max<size_t>(files.size(), 1)));
    // A slow file holds up delivery; the others may finish past it, but no further than this.
    const size_t window = 4 * static_cast<size_t>(jobs);
    std::mutex m;
    std::condition_variable changed;
    std::map<size_t, FileResult> done;  // finished, waiting for the files before them
    size_t next = 0, delivered = 0;
    auto worker = [&] {
        for (;;) {
            size_t i;
            {
                std::unique_lock<std::mutex> lock(m);
                changed.wait(lock, [&] { return next >= files.size() || next < delivered + window; });
                if (next >= files.size()) return;
                i = next++;
            }
            bar.started(files[i]);
            FileResult r = convert_one(files[i], options);
            bar.finished();
            std::lock_guard<std::mutex> lock(m);
            done.emplace(i, std::move(r));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
    // This thread delivers; with the lock released, so the workers go on meanwhile.
    while (delivered < files.size()) {
        FileResult r;
        {
            std::unique_lock<std::mutex> lock(m);
            changed.wait(lock, [&] { return done.count(delivered) > 0; });
            auto it = done.find(delivered);
            r = std::move(it->second);
            done.erase(it);
        }
        try {
            deliver(std::move(r));
        } catch (...) {  // an output that cannot be written: stop handing out files, let the workers finish
            {
                std::lock_guard<std::mutex> lock(m);
                next = files.size();
            }
            changed.notify_all();
            for (auto& t : threads) t.join();
            throw;
        }
        {
            std::lock_guard<std::mutex> lock(m);
            ++delivered;
        }
        changed.notify_all();
    }
    for (auto& t : threads) t.join();
}

}  // namespace planport::cli
