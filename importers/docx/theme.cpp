// theme.cpp — theme colour scheme and the WordprocessingML names that point into it.
#include "importers/docx/theme.h"

namespace planport::docx {

namespace {

std::optional<Rgb> read_scheme_colour(const XmlElement& el) {
    if (const XmlElement* srgb = el.child(Ns::A, "srgbClr"))
        if (auto v = srgb->plain_attr("val")) return parse_hex(*v);
    if (const XmlElement* sys = el.child(Ns::A, "sysClr"))
        if (auto v = sys->plain_attr("lastClr")) return parse_hex(*v);
    return std::nullopt;
}

}  // namespace

Theme read_theme(const XmlElement& root) {
    Theme t;
    const XmlElement* elements = root.child(Ns::A, "themeElements");
    const XmlElement* scheme = elements ? elements->child(Ns::A, "clrScheme") : nullptr;
    if (!scheme) return t;
    for (const auto& c : scheme->children)
        if (c.ns == Ns::A)
            if (auto rgb = read_scheme_colour(c)) t.scheme[c.name] = *rgb;
    return t;
}

std::optional<Rgb> Theme::colour(const std::string& name) const {
    // Word's default mapping (w:clrSchemeMapping is not read): text = dark, background = light.
    static const std::map<std::string, std::string> alias = {
        {"dark1", "dk1"},       {"light1", "lt1"},        {"dark2", "dk2"},       {"light2", "lt2"},
        {"text1", "dk1"},       {"background1", "lt1"},   {"text2", "dk2"},       {"background2", "lt2"},
        {"accent1", "accent1"}, {"accent2", "accent2"},   {"accent3", "accent3"}, {"accent4", "accent4"},
        {"accent5", "accent5"}, {"accent6", "accent6"},   {"hyperlink", "hlink"}, {"followedHyperlink", "folHlink"},
    };
    auto a = alias.find(name);
    auto it = scheme.find(a == alias.end() ? name : a->second);
    if (it == scheme.end()) return std::nullopt;
    return it->second;
}

}  // namespace planport::docx
