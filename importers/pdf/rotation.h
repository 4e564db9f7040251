// rotation.h — turns a page whose text runs vertically (a table printed sideways) so that it reads left to right.
#pragma once

#include "importers/pdf/page_content.h"

namespace planport::pdf {

/// When most of a page's characters run top to bottom (rotation 1) or bottom to top (rotation 3), turns
/// the words, the paint and the raster a quarter turn so that they run left to right, and swaps the page's width and
/// height. Returns the quarter turns applied (0 when the page was left alone).
int turn_upright(PageContent& page);

}  // namespace planport::pdf
