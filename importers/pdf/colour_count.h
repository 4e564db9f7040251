// colour_count.h — how often each colour occurs among some pixels (a cell, a word's box). Such an area holds a
// handful of colours (paper, text, a fill, a rule), so a short list with the last colour found tried first
// costs far less than hashing every pixel; a photograph's thousands of colours go on to a map.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace planport::pdf {

class ColourCount {
public:
    /// Counts n more pixels of the colour.
    void add(uint32_t colour, long n = 1) {
        if (last_ < few_.size() && few_[last_].first == colour) {
            few_[last_].second += n;
            return;
        }
        size_t i = 0;
        while (i < few_.size() && few_[i].first != colour) ++i;
        if (i < few_.size()) {
            few_[i].second += n;
            last_ = i;
        } else if (few_.size() < kFew) {
            few_.emplace_back(colour, n);
            last_ = i;
        } else {
            many_[colour] += n;
        }
    }

    /// The most frequent colour and its count ({0, 0} when none was added); of equal counts, the lowest colour.
    std::pair<uint32_t, long> most() const {
        std::pair<uint32_t, long> best{0, 0};
        auto consider = [&](uint32_t c, long n) {
            if (n > best.second || (n == best.second && c < best.first)) best = {c, n};
        };
        for (auto [c, n] : few_) consider(c, n);
        for (auto [c, n] : many_) consider(c, n);
        return best;
    }

private:
    static constexpr size_t kFew = 16;
    std::vector<std::pair<uint32_t, long>> few_;
    std::unordered_map<uint32_t, long> many_;
    size_t last_ = 0;
};

}  // namespace planport::pdf
