// raster_fallback.cpp — pages whose lines may be images (raster_fallback.h).
#include "importers/pdf/raster_fallback.h"

namespace planport::pdf {

bool needs_raster(const PageContent& page) {
    double page_area = page.width * page.height;
    if (!(page_area > 0)) return false;
    for (const auto& s : page.shapes) {
        if (s.kind != PaintShape::Kind::Image && s.kind != PaintShape::Kind::Mask) continue;
        if ((s.x1 - s.x0) * (s.y1 - s.y0) < 0.25 * page_area) continue;
        for (const auto& b : page.boxes) {
            double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
            if (cx >= s.x0 && cx <= s.x1 && cy >= s.y0 && cy <= s.y1) return true;
        }
    }
    return false;
}

}  // namespace planport::pdf
