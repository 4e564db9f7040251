// relationships.cpp — reading .rels parts and resolving their targets to part names.
#include "importers/docx/relationships.h"

#include <cctype>

namespace planport::docx {

namespace {

std::string folder_of(const std::string& part) {
    auto slash = part.rfind('/');
    return slash == std::string::npos ? "" : part.substr(0, slash);
}

// %20 and friends appear in targets of parts whose names hold spaces.
std::string percent_decode(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

std::string rels_part_for(const std::string& source_part) {
    if (source_part.empty()) return "_rels/.rels";
    std::string folder = folder_of(source_part);
    std::string file = source_part.substr(folder.empty() ? 0 : folder.size() + 1);
    return (folder.empty() ? "" : folder + "/") + "_rels/" + file + ".rels";
}

std::string resolve_target(const std::string& source_part, const std::string& target) {
    std::string t = percent_decode(target);
    std::string path = (!t.empty() && t[0] == '/') ? t.substr(1) : (folder_of(source_part).empty() ? t : folder_of(source_part) + "/" + t);
    std::vector<std::string> segs;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string seg = path.substr(start, end - start);
        if (seg == "..") {
            if (!segs.empty()) segs.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segs.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segs) out += (out.empty() ? "" : "/") + s;
    return out;
}

std::vector<Relationship> read_relationships(const XmlElement& root, const std::string& source_part) {
    std::vector<Relationship> out;
    for (const auto& el : root.children) {
        if (el.name != "Relationship") continue;
        Relationship r;
        r.id = el.plain_attr("Id").value_or("");
        r.type = el.plain_attr("Type").value_or("");
        std::string target = el.plain_attr("Target").value_or("");
        r.external = el.plain_attr("TargetMode").value_or("") == "External";
        r.target = r.external ? target : resolve_target(source_part, target);
        out.push_back(std::move(r));
    }
    return out;
}

const Relationship* find_relationship(const std::vector<Relationship>& rels, const std::string& kind) {
    const std::string suffix = "/" + kind;
    for (const auto& r : rels) {
        if (r.external) continue;
        if (r.type.size() >= suffix.size() && r.type.compare(r.type.size() - suffix.size(), suffix.size(), suffix) == 0)
            return &r;
    }
    return nullptr;
}

}  // namespace planport::docx
