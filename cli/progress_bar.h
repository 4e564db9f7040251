// progress_bar.h — "[=====>     ] 12/50  00:03  essex.pdf" on a terminal's stderr, nothing otherwise.
#pragma once

#include <chrono>
#include <mutex>
#include <string>

namespace planport::cli {

class ProgressBar {
public:
    ProgressBar(int total, bool enabled);
    ~ProgressBar();
    /// Called when a file starts (shows its name) and when it is done.
    void started(const std::string& file);
    void finished();
    /// Prints a line (an error, a warning) on stderr above the bar, which is drawn again below it.
    void print(const std::string& line);

private:
    void draw();
    int total_, done_ = 0;
    bool enabled_;
    std::string current_;
    std::chrono::steady_clock::time_point start_;
    std::mutex mutex_;
};

}  // namespace planport::cli
