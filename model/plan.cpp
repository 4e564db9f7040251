// plan.cpp — small helpers of the plan model.
#include "model/plan.h"

namespace planport {

const char* rag_name(Rag r) {
    switch (r) {
        case Rag::Complete: return "complete";
        case Rag::Green: return "green";
        case Rag::Amber: return "amber";
        case Rag::Red: return "red";
        case Rag::Unknown: break;
    }
    return "";
}

Rag rag_from_name(const std::string& s) {
    if (s == "complete") return Rag::Complete;
    if (s == "green") return Rag::Green;
    if (s == "amber") return Rag::Amber;
    if (s == "red") return Rag::Red;
    return Rag::Unknown;
}

std::string Plan::period() const {
    if (start_year <= 0 || end_year <= 0) return "";
    return std::to_string(start_year) + "-" + std::to_string(end_year);
}

int Plan::action_count() const {
    int n = 0;
    for (const auto& p : priorities) n += static_cast<int>(p.actions.size());
    return n;
}

}  // namespace planport
