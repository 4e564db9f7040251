// packed_raster.cpp — run-length encoding of page rasters (see packed_raster.h): each run is two varints, its
// length and its colour's index in the page's palette. A text page packs to some 20 KB instead of 2 MB.
#include "importers/pdf/packed_raster.h"

#include <algorithm>
#include <unordered_map>

namespace planport::pdf {
namespace {

void put_varint(std::vector<uint8_t>& out, size_t v) {
    while (v >= 0x80) {
        out.push_back(uint8_t(v | 0x80));
        v >>= 7;
    }
    out.push_back(uint8_t(v));
}

size_t get_varint(const std::vector<uint8_t>& in, size_t& pos) {
    size_t v = 0;
    for (int shift = 0; pos < in.size(); shift += 7) {
        uint8_t b = in[pos++];
        v |= size_t(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
    }
    return v;
}

}  // namespace

PackedRaster pack_raster(const Raster& raster) {
    PackedRaster p;
    p.width = raster.width;
    p.height = raster.height;
    p.scale = raster.scale;
    const auto& px = raster.pixels;
    std::unordered_map<uint32_t, size_t> index;
    size_t last[2] = {0, 0};  // the last two colours (text on paper alternates), looked up without hashing
    for (size_t i = 0; i < px.size();) {
        size_t j = i + 1;
        while (j < px.size() && px[j] == px[i]) ++j;
        size_t colour;
        if (!p.palette.empty() && p.palette[last[0]] == px[i]) {
            colour = last[0];
        } else if (!p.palette.empty() && p.palette[last[1]] == px[i]) {
            colour = last[1];
        } else {
            auto [it, added] = index.try_emplace(px[i], p.palette.size());
            if (added) p.palette.push_back(px[i]);
            colour = it->second;
        }
        last[1] = last[0], last[0] = colour;
        put_varint(p.runs, j - i);
        put_varint(p.runs, colour);
        if (p.runs.size() + 4 * p.palette.size() >= 4 * px.size()) {  // no smaller (a photograph): keep the pixels
            p.palette = px;
            p.runs.clear();
            p.raw = true;
            return p;
        }
        i = j;
    }
    p.runs.shrink_to_fit();
    p.palette.shrink_to_fit();
    return p;
}

Raster unpack_raster(const PackedRaster& p) {
    Raster r;
    r.width = p.width;
    r.height = p.height;
    r.scale = p.scale;
    if (p.raw) {
        r.pixels = p.palette;
        return r;
    }
    r.pixels.reserve(size_t(std::max(0, p.width)) * size_t(std::max(0, p.height)));
    for (size_t pos = 0; pos < p.runs.size();) {
        size_t n = get_varint(p.runs, pos), colour = get_varint(p.runs, pos);
        r.pixels.insert(r.pixels.end(), n, colour < p.palette.size() ? p.palette[colour] : 0);
    }
    return r;
}

}  // namespace planport::pdf
