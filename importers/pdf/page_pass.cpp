// page_pass.cpp — reads a page's words and vector paint in one run of its content stream: a TextOutputDev
// collects the text, as poppler-cpp's text_list runs it, while the path and paint hooks record each shape in
// page space (the state's CTM applied, so /Rotate too), trimmed to the clip, in paint order.
//
// Poppler 22.12's core API (it changes between releases; CMakeLists.txt insists on this version).
#include "importers/pdf/page_pass.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
#include <poppler-config.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

#include "importers/pdf/visible_paint.h"
#include "model/diagnostics.h"

namespace planport::pdf {
namespace {

using Clock = std::chrono::steady_clock;

// Poppler keeps its settings in one global, made once per process; it reports every oddity of a file on
// stderr, and the reader reports what matters itself.
void init_poppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (!globalParams) globalParams = std::make_unique<GlobalParams>();
        setErrorCallback([](ErrorCategory, Goffset, const char*) {});
    });
}

bool past(void* deadline) { return Clock::now() > *static_cast<Clock::time_point*>(deadline); }

void put_utf8(std::string& out, uint32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18)), out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
    }
}

// A PDF text string: UTF-16BE after a byte-order mark, else PDFDocEncoding.
std::string text_string(const GooString& s) {
    const std::string& b = s.toStr();
    std::string out;
    if (b.size() >= 2 && uint8_t(b[0]) == 0xFE && uint8_t(b[1]) == 0xFF) {
        for (size_t i = 2; i + 1 < b.size(); i += 2) {
            uint32_t c = uint32_t(uint8_t(b[i])) << 8 | uint8_t(b[i + 1]);
            if (c >= 0xD800 && c < 0xDC00 && i + 3 < b.size()) {
                uint32_t lo = uint32_t(uint8_t(b[i + 2])) << 8 | uint8_t(b[i + 3]);
                if (lo >= 0xDC00 && lo < 0xE000) c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00), i += 2;
            }
            put_utf8(out, c);
        }
        return out;
    }
    for (unsigned char c : b)
        if (pdfDocEncoding[c]) put_utf8(out, pdfDocEncoding[c]);
    return out;
}

bool bold_font(const GooString* name) {
    if (!name) return false;
    std::string n = name->toStr();
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    bool comma_b = n.size() >= 2 && n.compare(n.size() - 2, 2, ",b") == 0;  // "Arial,B" in older PDFs
    return n.find("bold") != std::string::npos || n.find("black") != std::string::npos ||
           n.find("heavy") != std::string::npos || comma_b;
}

size_t count_code_points(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

uint32_t pack(const GfxRGB& c) {
    return uint32_t(colToByte(c.r)) << 16 | uint32_t(colToByte(c.g)) << 8 | uint32_t(colToByte(c.b));
}

// The values read_box made from poppler-cpp's text_box: the same TextWord, read the same way.
TextBox read_word(const TextWord& w) {
    TextBox b;
    std::unique_ptr<GooString> text(w.getText());
    b.text = text ? text->toStr() : "";
    w.getBBox(&b.x0, &b.y0, &b.x1, &b.y1);
    b.space_after = w.hasSpaceAfter();
    b.rotation = w.getRotation() & 3;
    b.font_size = w.getFontSize();
    b.bold = w.getLength() > 0 && w.getFontInfo(0) && bold_font(w.getFontInfo(0)->getFontName());
    double r, g, bl;
    w.getColor(&r, &g, &bl);
    auto byte = [](double v) { return uint32_t(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    b.rgb = byte(r) << 16 | byte(g) << 8 | byte(bl);
    // Glyph edges let the layout split a word that straddles a cell border; only horizontal text.
    size_t n = count_code_points(b.text);
    if (b.rotation == 0 && n > 1) {
        b.glyph_x1.reserve(n);
        for (size_t i = 0; i < n; ++i) {
            double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            if (int(i) < w.getLength()) w.getCharBBox(int(i), &x0, &y0, &x1, &y1);
            if (x1 - x0 <= 0 && y1 - y0 <= 0) {
                b.glyph_x1.clear();
                break;
            }
            b.glyph_x1.push_back(x1);
        }
    }
    return b;
}

// A text device that also records the page's paint. Its device space is the page as shown, in points, origin
// top-left (TextOutputDev draws upside down at 72 dpi): the words' space.
class PaintRecorder : public TextOutputDev {
public:
    explicit PaintRecorder(std::vector<PaintShape>& out) : TextOutputDev(nullptr, false, 0, false, false), out_(out) {}

    // Without these Gfx skips images and pattern fills, or breaks a shading into many small fills.
    bool needNonText() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool useTilingPatternFill() override { return true; }

    void stroke(GfxState* state) override {
        TextOutputDev::stroke(state);
        record_stroke(state);
    }
    void fill(GfxState* state) override {
        TextOutputDev::fill(state);
        record_fill(state, false);
    }
    void eoFill(GfxState* state) override {
        TextOutputDev::eoFill(state);
        record_fill(state, true);
    }

    // A pattern's tiles (hatching, dots) are not drawn: its box is kept, and it hides nothing under it.
    bool tilingPatternFill(GfxState* state, Gfx*, Catalog*, GfxTilingPattern*, const double*, int, int, int, int,
                           double, double) override {
        record_clip_box(state, PaintShape::Kind::Mask, 0);
        return true;
    }
    bool functionShadedFill(GfxState* state, GfxFunctionShading* shading) override {
        double x0, y0, x1, y1;
        shading->getDomain(&x0, &y0, &x1, &y1);
        GfxColor c;
        shading->getColor((x0 + x1) / 2, (y0 + y1) / 2, &c);
        record_shading(state, shading->getColorSpace(), c);
        return true;
    }
    bool axialShadedFill(GfxState* state, GfxAxialShading* shading, double, double) override {
        return univariate(state, shading);
    }
    bool radialShadedFill(GfxState* state, GfxRadialShading* shading, double, double) override {
        return univariate(state, shading);
    }
    bool gouraudTriangleShadedFill(GfxState* state, GfxGouraudTriangleShading*) override {
        record_clip_box(state, PaintShape::Kind::Image, 0);
        return true;
    }
    bool patchMeshShadedFill(GfxState* state, GfxPatchMeshShading*) override {
        record_clip_box(state, PaintShape::Kind::Image, 0);
        return true;
    }

    // The base class skips an inline image's data in the content stream; the others have none.
    void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                       bool interpolate, bool inlineImg) override {
        GfxRGB c;
        state->getFillRGB(&c);
        record_image(state, PaintShape::Kind::Mask, pack(c));
        TextOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                   bool interpolate, const int* maskColors, bool inlineImg) override {
        record_image(state, maskColors ? PaintShape::Kind::Mask : PaintShape::Kind::Image, 0);
        TextOutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int, bool,
                         bool) override {
        record_image(state, PaintShape::Kind::Mask, 0);
    }
    void drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                             GfxImageColorMap*, bool) override {
        record_image(state, PaintShape::Kind::Mask, 0);
    }

private:
    struct Point {
        double x, y;
    };

    std::vector<PaintShape>& out_;

    bool full() const { return out_.size() >= PdfFile::kMaxShapes; }

    static Box clip_of(GfxState* state) {
        Box c;
        state->getClipBBox(&c.x0, &c.y0, &c.x1, &c.y1);
        return c;
    }

    // The shape trimmed to the clip; false when nothing of it is left.
    static bool trim(PaintShape& s, const Box& clip) {
        s.x0 = std::max(s.x0, clip.x0), s.y0 = std::max(s.y0, clip.y0);
        s.x1 = std::min(s.x1, clip.x1), s.y1 = std::min(s.y1, clip.y1);
        return s.x1 > s.x0 && s.y1 > s.y0;
    }

    void add(PaintShape s, const Box& clip) {
        if (!full() && std::isfinite(s.x0 + s.y0 + s.x1 + s.y1) && trim(s, clip)) out_.push_back(s);
    }

    static std::vector<Point> points(GfxState* state, const GfxSubpath* sp) {
        std::vector<Point> p(size_t(sp->getNumPoints()));
        for (int i = 0; i < sp->getNumPoints(); ++i) state->transform(sp->getX(i), sp->getY(i), &p[i].x, &p[i].y);
        return p;
    }

    static Box box_of(const std::vector<Point>& p) {
        Box b{p[0].x, p[0].y, p[0].x, p[0].y};
        for (const auto& q : p) b.x0 = std::min(b.x0, q.x), b.y0 = std::min(b.y0, q.y), b.x1 = std::max(b.x1, q.x),
                                b.y1 = std::max(b.y1, q.y);
        return b;
    }

    // An axis-aligned rectangle (4 corners, or 5 with the first repeated), and its signed area (its winding).
    static bool rectangle(const GfxSubpath* sp, const std::vector<Point>& p, double& signed_area) {
        size_t n = p.size();
        if (n == 5 && std::abs(p[4].x - p[0].x) < 0.01 && std::abs(p[4].y - p[0].y) < 0.01) n = 4;
        if (n != 4) return false;
        for (int i = 0; i < sp->getNumPoints(); ++i)
            if (sp->getCurve(i)) return false;
        for (size_t i = 0; i < 4; ++i) {
            const Point &a = p[i], &b = p[(i + 1) % 4];
            if (std::abs(a.x - b.x) > 0.01 && std::abs(a.y - b.y) > 0.01) return false;
        }
        signed_area = 0;
        for (size_t i = 0; i < 4; ++i) signed_area += p[i].x * p[(i + 1) % 4].y - p[(i + 1) % 4].x * p[i].y;
        return true;
    }

    void record_fill(GfxState* state, bool even_odd) {
        const GfxPath* path = state->getPath();
        if (!path || full()) return;
        Box clip = clip_of(state);
        GfxRGB c;
        state->getFillRGB(&c);
        PaintShape base;
        base.rgb = pack(c);
        base.opacity = state->getFillOpacity();
        struct Rect {
            Box b;
            double winding;
        };
        std::vector<Rect> rects;
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath* sp = path->getSubpath(i);
            if (sp->getNumPoints() < 2) continue;
            auto p = points(state, sp);
            Box b = box_of(p);
            double winding = 0;
            if (rectangle(sp, p, winding)) {
                rects.push_back({b, winding});
                continue;
            }
            PaintShape s = base;
            s.kind = PaintShape::Kind::Area;
            s.x0 = b.x0, s.y0 = b.y0, s.x1 = b.x1, s.y1 = b.y1;
            add(s, clip);
        }
        // A rectangle inside another of the same path is a hole in it when the rule says so (even-odd, or the
        // other winding): a frame drawn as one path ("re re f*") is four thin sides, not a filled box.
        auto inside = [](const Box& a, const Box& b) {
            return a.x0 >= b.x0 - 0.01 && a.y0 >= b.y0 - 0.01 && a.x1 <= b.x1 + 0.01 && a.y1 <= b.y1 + 0.01;
        };
        std::vector<char> hole(rects.size(), 0);
        for (size_t i = 0; i < rects.size(); ++i)
            for (size_t j = 0; j < rects.size() && !hole[i]; ++j)
                if (i != j && inside(rects[i].b, rects[j].b) && !inside(rects[j].b, rects[i].b) &&
                    (even_odd || (rects[i].winding > 0) != (rects[j].winding > 0)))
                    hole[i] = 1;
        for (size_t i = 0; i < rects.size(); ++i) {
            if (hole[i]) continue;
            std::vector<Box> parts{rects[i].b};
            for (size_t j = 0; j < rects.size(); ++j) {
                if (!hole[j] || !inside(rects[j].b, rects[i].b)) continue;
                std::vector<Box> next;
                for (const auto& part : parts)
                    for (const auto& rest : subtract(part, rects[j].b)) next.push_back(rest);
                parts = std::move(next);
            }
            for (const auto& part : parts) {
                PaintShape s = base;
                s.x0 = part.x0, s.y0 = part.y0, s.x1 = part.x1, s.y1 = part.y1;
                add(s, clip);
            }
        }
    }

    // Each straight segment of the path a Line; a subpath with curves one Curve.
    void record_stroke(GfxState* state) {
        const GfxPath* path = state->getPath();
        if (!path || full()) return;
        Box clip = clip_of(state);
        GfxRGB c;
        state->getStrokeRGB(&c);
        PaintShape base;
        base.kind = PaintShape::Kind::Line;
        base.rgb = pack(c);
        base.opacity = state->getStrokeOpacity();
        base.width = state->getTransformedLineWidth();
        double start;
        const auto& dashes = state->getLineDash(&start);
        for (size_t i = 0; i < dashes.size(); i += 2) base.dash = std::max(base.dash, state->transformWidth(dashes[i]));
        // A line on the clip's edge shows half its width.
        double half = std::max(base.width / 2, 0.01);
        Box wide{clip.x0 - half, clip.y0 - half, clip.x1 + half, clip.y1 + half};
        for (int i = 0; i < path->getNumSubpaths() && !full(); ++i) {
            const GfxSubpath* sp = path->getSubpath(i);
            if (sp->getNumPoints() < 2) continue;
            auto p = points(state, sp);
            bool curved = false;
            for (int k = 0; k < sp->getNumPoints(); ++k) curved = curved || sp->getCurve(k);
            if (curved) {
                Box b = box_of(p);
                PaintShape s = base;
                s.kind = PaintShape::Kind::Curve;
                s.x0 = b.x0 - half, s.y0 = b.y0 - half, s.x1 = b.x1 + half, s.y1 = b.y1 + half;
                add(s, clip);
                continue;
            }
            if (sp->isClosed() && (p.back().x != p.front().x || p.back().y != p.front().y)) p.push_back(p.front());
            for (size_t k = 1; k < p.size() && !full(); ++k) add_line(base, p[k - 1], p[k], wide);
        }
    }

    // The segment's part inside the box (Liang–Barsky), kept as its two ends.
    void add_line(PaintShape s, Point a, Point b, const Box& box) {
        double dx = b.x - a.x, dy = b.y - a.y;
        if (!std::isfinite(dx + dy) || std::hypot(dx, dy) < 0.01) return;
        double t0 = 0, t1 = 1;
        auto edge = [&](double p, double q) {  // p·t <= q
            if (p == 0) return q >= 0;
            double t = q / p;
            if (p < 0) t0 = std::max(t0, t);
            else t1 = std::min(t1, t);
            return t0 <= t1;
        };
        if (!edge(-dx, a.x - box.x0) || !edge(dx, box.x1 - a.x) || !edge(-dy, a.y - box.y0) || !edge(dy, box.y1 - a.y))
            return;
        s.x0 = a.x + t0 * dx, s.y0 = a.y + t0 * dy, s.x1 = a.x + t1 * dx, s.y1 = a.y + t1 * dy;
        out_.push_back(s);
    }

    void record_clip_box(GfxState* state, PaintShape::Kind kind, uint32_t rgb) {
        Box clip = clip_of(state);
        PaintShape s;
        s.kind = kind;
        s.rgb = rgb;
        s.opacity = state->getFillOpacity();
        s.x0 = clip.x0, s.y0 = clip.y0, s.x1 = clip.x1, s.y1 = clip.y1;
        add(s, clip);
    }

    void record_shading(GfxState* state, GfxColorSpace* space, const GfxColor& c) {
        GfxRGB rgb;
        space->getRGB(&c, &rgb);
        record_clip_box(state, PaintShape::Kind::Area, pack(rgb));
    }

    bool univariate(GfxState* state, GfxUnivariateShading* shading) {
        GfxColor c;
        shading->getColor((shading->getDomain0() + shading->getDomain1()) / 2, &c);
        record_shading(state, shading->getColorSpace(), c);
        return true;
    }

    // An image fills the unit square of its CTM.
    void record_image(GfxState* state, PaintShape::Kind kind, uint32_t rgb) {
        std::vector<Point> p(4);
        state->transform(0, 0, &p[0].x, &p[0].y);
        state->transform(1, 0, &p[1].x, &p[1].y);
        state->transform(0, 1, &p[2].x, &p[2].y);
        state->transform(1, 1, &p[3].x, &p[3].y);
        Box b = box_of(p);
        PaintShape s;
        s.kind = kind;
        s.rgb = rgb;
        s.opacity = state->getFillOpacity();
        s.x0 = b.x0, s.y0 = b.y0, s.x1 = b.x1, s.y1 = b.y1;
        add(s, clip_of(state));
    }
};

}  // namespace

std::string poppler_version() { return POPPLER_VERSION; }

struct PdfFile::Impl {
    std::string bytes;  // the file's bytes when opened from memory: the document reads them in place
    std::unique_ptr<PDFDoc> doc;
};

PdfFile::PdfFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
    if (!impl_->doc->isOk()) {
        if (impl_->doc->getErrorCode() == errEncrypted) throw ImportError("PDF needs a password");
        throw ImportError("damaged PDF (poppler cannot open it)");
    }
}

PdfFile::PdfFile(const std::string& path)
    : PdfFile([&] {
          init_poppler();
          auto impl = std::make_unique<Impl>();
          impl->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
          return impl;
      }()) {}

PdfFile PdfFile::from_bytes(std::string bytes) {
    init_poppler();
    auto impl = std::make_unique<Impl>();
    impl->bytes = std::move(bytes);
    auto* stream = new MemStream(impl->bytes.data(), 0, Goffset(impl->bytes.size()), Object(objNull));
    impl->doc = std::make_unique<PDFDoc>(stream);
    return PdfFile(std::move(impl));
}

PdfFile::PdfFile(PdfFile&&) noexcept = default;
PdfFile& PdfFile::operator=(PdfFile&&) noexcept = default;
PdfFile::~PdfFile() = default;

int PdfFile::page_count() const { return impl_->doc->getNumPages(); }

std::string PdfFile::title() const {
    auto t = impl_->doc->getDocInfoTitle();
    return t ? text_string(*t) : "";
}

PdfFile::Read PdfFile::read_page(int n, Clock::time_point deadline, PageContent& page) {
    Page* p = impl_->doc->getPage(n);
    if (!p) return Read::unreadable;
    page.number = n;
    page.width = p->getCropWidth();
    page.height = p->getCropHeight();
    page.rotation = p->getRotate();
    // Words and paint come in the page as shown (its /Rotate applied): a turned page is as wide as it is shown.
    if (page.rotation == 90 || page.rotation == 270) std::swap(page.width, page.height);
    PaintRecorder dev(page.shapes);
    if (!dev.isOk()) return Read::unreadable;
    // As text_list: 72 dpi, no rotation of our own, the crop box, not clipped to it, not printing.
    impl_->doc->displayPage(&dev, n, 72, 72, 0, false, false, false, past, &deadline);
    std::unique_ptr<TextWordList> words = dev.makeWordList();
    if (words) page.boxes.reserve(size_t(std::max(0, words->getLength())));
    for (int i = 0; words && i < words->getLength(); ++i) {
        TextBox b = read_word(*words->get(i));
        if (!b.text.empty()) page.boxes.push_back(std::move(b));
    }
    return Clock::now() > deadline ? Read::out_of_time : Read::ok;
}

// At most this many pixels per page raster (32 MB; an A4 page at 72 dpi is 0.5 million). A hostile page of
// 14400 × 14400 points (the most PDF allows; tests/cli/hostile_inputs.sh) is 207 million pixels at 72 dpi:
// such a page renders at a lower dpi instead: its rules and fills are still found, at a coarser step.
constexpr double kMaxPagePixels = 8e6;

Raster PdfFile::render(int n, double dpi, Clock::time_point deadline) {
    Raster r;
    Page* p = impl_->doc->getPage(n);
    if (!p || dpi <= 0) return r;
    double pixels = p->getCropWidth() * p->getCropHeight() * (dpi / 72) * (dpi / 72);
    if (!std::isfinite(pixels)) return r;
    if (pixels > kMaxPagePixels) dpi *= std::sqrt(kMaxPagePixels / pixels);
    SplashColor paper = {0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0};
    // XBGR8: each pixel 4 bytes B, G, R, 255 — a little-endian 0xAARRGGBB, the Raster's pixels.
    SplashOutputDev dev(splashModeXBGR8, 4, false, paper, true, splashThinLineDefault);
    dev.setFontAntialias(false);
    dev.setVectorAntialias(false);
    dev.setFreeTypeHinting(false, false);
    dev.startDoc(impl_->doc.get());
    impl_->doc->displayPage(&dev, n, dpi, dpi, 0, false, true, false, past, &deadline);
    SplashBitmap* bm = dev.getBitmap();
    if (!bm || Clock::now() > deadline || bm->getWidth() <= 0 || bm->getHeight() <= 0) return r;
    r.width = bm->getWidth();
    r.height = bm->getHeight();
    r.scale = dpi / 72.0;
    r.pixels.resize(size_t(r.width) * size_t(r.height));
    const unsigned char* data = bm->getDataPtr();
    for (int y = 0; y < r.height; ++y)
        std::memcpy(&r.pixels[size_t(y) * r.width], data + size_t(y) * size_t(bm->getRowSize()), size_t(r.width) * 4);
    return r;
}

}  // namespace planport::pdf
