// raster_fallback.h — which pages are read from a rendering instead of their vector paint: those whose rules
// and fills may be pictures (a scanned page with a text layer, a table pasted as an image).
#pragma once

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// True when an image (or an image mask) covers a quarter of the page or more and has words on it: the lines
/// and shading under those words are pixels, not paint. A logo, a photograph beside the text, or a picture
/// with no words on it leaves the page to its vector paint.
bool needs_raster(const PageContent& page);

}  // namespace planport::pdf
