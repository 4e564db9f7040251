// packed_raster.h — a page raster kept run-length encoded while the other pages are read. Unpacked, a 72-dpi
// page is 2 MB of mostly white pixels, so a 500-page document holding every page's raster needed a gigabyte.
#pragma once

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// Packs a raster losslessly (runs of equal pixels; a page that does not pack smaller, a photograph say, is
/// kept as it is). An empty raster packs to an empty one.
PackedRaster pack_raster(const Raster& raster);

/// The raster back, pixel for pixel, size and scale included.
Raster unpack_raster(const PackedRaster& packed);

}  // namespace planport::pdf
