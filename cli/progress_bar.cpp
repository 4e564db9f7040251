// progress_bar.cpp — a one-line progress bar redrawn in place with '\r'.
#include "cli/progress_bar.h"

#include <cstdio>

namespace planport::cli {

ProgressBar::ProgressBar(int total, bool enabled)
    : total_(total), enabled_(enabled && total > 1), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");  // leave the terminal clean for the summary
}

void ProgressBar::started(const std::string& file) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto slash = file.find_last_of('/');
    current_ = slash == std::string::npos ? file : file.substr(slash + 1);
    draw();
}

void ProgressBar::finished() {
    std::lock_guard<std::mutex> lock(mutex_);
    ++done_;
    draw();
}

void ProgressBar::print(const std::string& line) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (enabled_) std::fputs("\r\033[K", stderr);
    std::fputs(line.c_str(), stderr);
    std::fputc('\n', stderr);
    draw();
}

void ProgressBar::draw() {
    if (!enabled_) return;
    const int width = 30;
    int filled = total_ > 0 ? done_ * width / total_ : width;
    auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start_).count();
    std::string bar(static_cast<size_t>(filled), '=');
    if (filled < width) bar += '>';
    bar.resize(width, ' ');
    std::string name = current_.size() > 40 ? current_.substr(0, 37) + "..." : current_;
    std::fprintf(stderr, "\r\033[K[%s] %d/%d  %02lld:%02lld  %s", bar.c_str(), done_, total_,
                 static_cast<long long>(secs / 60), static_cast<long long>(secs % 60), name.c_str());
    std::fflush(stderr);
}

}  // namespace planport::cli
