// layout_generator.cpp — see layout_generator.h. Sections:
//   1. random numbers, text helpers, the word pools (all texts are invented)
//   2. the dimensions, draw_spec() and harmonise()
//   3. the hand-written timescale table (§7)
//   4. the plan drawn as data (priorities, outcome groups, rows, actions), with its expected values
//   5. the Document: rows tables, cards, matrices, with pages, running text and the tables that are not actions
//   6. document_text(), actual_actions(), compare_actions()
#include "tests/recognise/layout_generator.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

namespace planport::testing::gen {

namespace {

// ---------------------------------------------------------------------------------------------------------
// 1. random numbers, text helpers, pools
// ---------------------------------------------------------------------------------------------------------

/// splitmix64: the same sequence on every platform (std:: distributions are not).
struct Rng {
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(below(static_cast<int>(v.size())))]; }
    template <class T>
    void shuffle(std::vector<T>& v) {
        for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<size_t>(below(static_cast<int>(i)))]);
    }
};

using Strings = std::vector<std::string>;

template <class E>
int value_count_drawable() {
    int n = EnumInfo<E>::count;
    if (std::string(EnumInfo<E>::names()[n - 1]) == "n_a") --n;
    return n;
}
template <class E>
E draw(Rng& r) {
    return static_cast<E>(r.below(value_count_drawable<E>()));
}
/// A set: 0..max distinct values other than the first ("none").
template <class E>
std::vector<E> draw_set(Rng& r, int min, int max) {
    std::vector<E> all;
    for (int i = 1; i < value_count_drawable<E>(); ++i) all.push_back(static_cast<E>(i));
    r.shuffle(all);
    all.resize(static_cast<size_t>(std::min<int>(r.between(min, max), static_cast<int>(all.size()))));
    std::sort(all.begin(), all.end());
    return all;
}
template <class E>
bool has(const std::vector<E>& v, E e) {
    return std::find(v.begin(), v.end(), e) != v.end();
}

std::string upper(std::string s) {
    for (auto& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}
std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}
std::string join(const Strings& parts, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
    return out;
}
std::string roman(int n) {
    static const std::pair<int, const char*> table[] = {{10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
    std::string out;
    for (auto& [v, s] : table)
        while (n >= v) { out += s; n -= v; }
    return out;
}
std::string alpha(int n) {  // 1 → a … 26 → z, 27 → aa
    std::string out;
    while (n > 0) { --n; out.insert(out.begin(), static_cast<char>('a' + n % 26)); n /= 26; }
    return out;
}
std::string two_digits(int year) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", year % 100);
    return b;
}

const char* const kEnDash = "\xE2\x80\x93";
const char* const kTick = "\xE2\x9C\x93";

const Strings& places() {
    static const Strings v = {"Brindlecombe", "Fenwick Vale", "Harrowgate Cross", "Lowmere", "Stanbridge", "Thornwick",
                              "Upper Adley", "Wexcombe", "Calderbury", "Marsh Ashton", "Kingsfold", "Ravensmoor"};
    return v;
}
const Strings& priority_titles() {
    static const Strings v = {"Neglect", "Child sexual exploitation", "Early help", "Domestic abuse", "Private fostering",
                              "Online safety", "Children missing from home, care and education",
                              "FGM and honour-based abuse", "Listening to children", "Workforce development",
                              "Safeguarding disabled children", "Transition to adulthood",
                              "Self-harm and suicide prevention", "Strong governance and accountability",
                              "Criminal exploitation and county lines", "Children in care"};
    return v;
}
const Strings& function_titles() {
    static const Strings v = {
        "Developing policies and procedures \xE2\x80\x93 Policies and Procedures Subgroup",
        "Learning from practice reviews \xE2\x80\x93 Case Review Subgroup",
        "Hearing from children and young people \xE2\x80\x93 Participation Subgroup",
        "Monitoring and evaluating practice \xE2\x80\x93 Quality Assurance Subgroup",
        "Training the workforce \xE2\x80\x93 Learning and Development Subgroup",
        "Communicating with the public \xE2\x80\x93 Communications Subgroup"};
    return v;
}
const Strings& workstreams() {
    static const Strings v = {"Policy and procedures", "Learning from case reviews", "Training and workforce development",
                              "Quality assurance and audit", "Communications and engagement", "Voice of the child"};
    return v;
}
const Strings& outcomes() {
    static const Strings v = {
        "Children at risk of neglect are identified early and helped",
        "Young people at risk of sexual exploitation are safeguarded",
        "Families with emerging needs receive co-ordinated early help",
        "Children living with domestic abuse are protected",
        "Privately fostered children are known to the local authority",
        "Children know how to stay safe online",
        "Children who go missing are found and their risks understood",
        "Girls at risk of female genital mutilation are protected",
        "The views of children shape the work of the Board",
        "The multi-agency workforce is skilled and confident",
        "Disabled children are safeguarded as well as other children",
        "Young people moving to adult services keep the support they need",
        "Fewer young people harm themselves",
        "Partners hold each other to account for safeguarding",
        "Children involved in county lines are treated as victims",
        "Children in care have stable placements",
        "Learning from reviews changes frontline practice",
        "Schools report concerns consistently",
        "Health partners share information promptly",
        "Managers challenge drift in child protection plans",
        "Thresholds are understood by every agency",
        "Parents know where to get help early",
        "Police notifications reach schools the next day",
        "Practitioners escalate concerns without delay"};
    return v;
}
const Strings& verbs() {
    static const Strings v = {"Review and re-issue", "Develop a practice guide on", "Publish a leaflet on",
                              "Carry out a multi-agency audit of", "Hold a multi-agency workshop on",
                              "Provide briefings on", "Introduce a champion for", "Map the support available for",
                              "Pilot a new approach to", "Deliver multi-agency training on",
                              "Produce a quarterly report on", "Strengthen the guidance on",
                              "Refresh the website pages on", "Seek assurance from each partner on",
                              "Dip-sample case records on"};
    return v;
}
const Strings& topics() {
    static const Strings v = {"the neglect toolkit", "private fostering notifications", "the CSE risk assessment framework",
                              "early help assessments", "the threshold document", "domestic abuse notifications",
                              "the escalation policy", "safer recruitment practice", "the FGM risk assessment tool",
                              "online safety", "safeguarding supervision", "the missing children protocol",
                              "the voice of the child", "transition planning from age 14",
                              "the multi-agency training strategy", "self-harm pathways", "information sharing"};
    return v;
}
const Strings& audiences() {
    static const Strings v = {"for practitioners", "for GP practices", "for school governors", "for housing officers",
                              "for the night-time economy", "across all localities", "with the Youth Council",
                              "for team managers", "in every children's centre", "for faith and community groups",
                              "for dentists and pharmacists", "with adult mental health services"};
    return v;
}
const Strings& lead_ins() {
    static const Strings v = {"Strengthen the response to {t} by:", "Carry out the audit programme on {t}, including:",
                              "Promote {t} through:", "Improve how partners use {t} by:"};
    return v;
}
const Strings& items() {
    static const Strings v = {"publishing clear information for fathers and male carers",
                              "auditing a sample of supervision records", "asking each agency to name a lead",
                              "running briefings for team managers", "updating the multi-agency procedures",
                              "a section 11 audit of every partner", "sharing case studies from local reviews",
                              "a survey of frontline practitioners"};
    return v;
}
const Strings& leads() {
    static const Strings v = {"Head of Safeguarding, {p} Council", "LSCB Business Manager",
                              "Detective Chief Inspector, {p} Police", "Chair, Policy and Procedures Sub-group",
                              "Principal Social Worker", "Designated Nurse", "Early Help Partnership Manager", "M Evans",
                              "L Campion", "Education Safeguarding Adviser", "Learning and Development Sub-group",
                              "Independent Chair", "Head of Early Help", "Domestic Abuse Coordinator",
                              "Named GP for Safeguarding Children", "Head of Children's Social Care"};
    return v;
}
const Strings& progress_texts() {
    static const Strings v = {
        "The working group has met 3 times and a revised draft goes to the Executive Group in January.",
        "A project group has been set up to plan the roll-out.",
        "Draft terms of reference have been circulated to partner agencies.",
        "The scope of the audit has been agreed and case files have been selected.",
        "Training materials have been agreed and the first sessions took place in September.",
        "Settings have been asked to name a lead.", "The services to be included have been listed.",
        "Information has been collected from 22 services.",
        "A report went to the Board in June and the findings are being followed up.",
        "Work on this action is due to begin in the new year.", "Members have been nominated by 19 agencies.",
        "Data from two agencies is still missing.", "The leaflet is with the designers.",
        "Two briefings have been held and more are booked.", "The first audit report is being written.",
        "Partners agreed the approach at the last Board meeting."};
    return v;
}
const Strings& strategies() {
    static const Strings v = {"Through clear multi-agency procedures", "By improving how partners work together",
                              "By sharing the learning from reviews", "By making better use of performance data",
                              "Through a skilled workforce"};
    return v;
}
const Strings& measures() {
    static const Strings v = {"Fewer re-referrals within 12 months", "More NRM referrals for child victims",
                              "Audit shows improved practice", "90% of staff trained", "Positive feedback from families"};
    return v;
}
const Strings& budgets() {
    static const Strings v = {"\xC2\xA3" "18,000", "Within existing resources", "Nil", "\xC2\xA3" "2,500 from the training budget"};
    return v;
}
const Strings& risks() {
    static const Strings v = {"Capacity in partner agencies", "Funding not yet agreed", "Staff turnover", "Availability of data"};
    return v;
}
const Strings& links() {
    static const Strings v = {"Neglect strategy", "Children and Young People's Plan", "Health and Wellbeing Strategy",
                              "Early help strategy"};
    return v;
}
const Strings& partners() {
    static const Strings v = {"All partner agencies", "Schools and colleges", "Health providers", "Police and probation"};
    return v;
}
const Strings& objectives() {
    static const Strings v = {"To make sure that children are seen and heard.", "To improve the quality of assessments.",
                              "To reduce the number of repeat referrals.", "To embed learning from reviews in practice."};
    return v;
}

// Header vocabularies per role, and names that are in no list.
const Strings& vocab(const std::string& role) {
    static const std::map<std::string, Strings> v = {
        {"ref", {"Ref", "Ref.", "No.", "#", "Item", "Number"}},
        {"outcome", {"Outcome", "Desired outcome", "Intended outcome", "Expected outcome", "Key outcome", "Objective",
                     "Outcome we want"}},
        {"action", {"Action", "Actions", "Actions to be taken", "How will we do it?", "Milestone", "What we will do",
                    "Task", "Activity", "Key deliverables", "Key action", "Recommendation"}},
        {"lead", {"Lead", "Who", "Responsible officer", "Accountable lead", "Owner(s)", "By whom", "Lead officer / group",
                  "Lead agency", "Responsibility"}},
        {"partners", {"Partners", "Partners involved", "Resources", "Resources required", "Other resources"}},
        {"timescale", {"Timescale", "Timeframe", "By when", "When", "Target date", "Completion date", "Deadline",
                       "Date due", "Due date", "Target", "Date for completion"}},
        {"rag", {"RAG", "RAG rating", "BRAG", "Status", "Current status", "R/A/G", "Rating"}},
        {"progress", {"Progress", "Update", "Commentary", "Progress to date", "Comments", "Latest update",
                      "Progress update", "Current position", "Position at 31 March"}},
        {"measures", {"Success measures", "How we will know", "How will we know we have made a difference?",
                      "Output/Outcome measurement", "What will impact be and how measured", "Performance indicator",
                      "Success criteria", "Evidence of success"}},
        {"budget", {"Budget", "Cost", "Funding", "Resources / cost"}},
        {"risks", {"Risks", "Risks / dependencies", "Dependencies", "Risks and issues"}},
        {"links", {"Links to other plans", "Link to strategy", "Strategic links", "Cross-cutting links"}},
        {"priority", {"Priority", "Strategic priority", "Board priority"}},
        {"strategy", {"How will the LSCB do this?", "How will we do this?"}},
        {"unlisted_action", {"Commitments", "The work planned"}},
        {"unlisted_lead", {"Named person", "Champion"}},
        {"unlisted_timescale", {"Expected by", "Finish"}},
        {"unlisted_rag", {"Traffic light", "Colour"}},
    };
    return v.at(role);
}

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December"};

// ---------------------------------------------------------------------------------------------------------
// 2. dimensions, drawing, harmonising
// ---------------------------------------------------------------------------------------------------------

bool fills_style(RagStyle r) {
    return r == RagStyle::fill_only || r == RagStyle::letter_fill || r == RagStyle::word_fill ||
           r == RagStyle::fill_progress || r == RagStyle::fill_action || r == RagStyle::fill_row;
}
/// Styles that print one status cell per row (a RAG column or a card's status row).
bool rag_column_style(RagStyle r) {
    return r == RagStyle::fill_only || r == RagStyle::letter || r == RagStyle::word || r == RagStyle::letter_fill ||
           r == RagStyle::word_fill || r == RagStyle::number_key;
}
bool in_table_source(PrioritySource p) {
    return p == PrioritySource::band_row || p == PrioritySource::first_col_merged ||
           p == PrioritySource::first_col_repeated || p == PrioritySource::first_col_first_only;
}
bool first_col_source(PrioritySource p) {
    return p == PrioritySource::first_col_merged || p == PrioritySource::first_col_repeated ||
           p == PrioritySource::first_col_first_only;
}
bool cell_source(PrioritySource p) {
    return in_table_source(p) || p == PrioritySource::table_title_row || p == PrioritySource::table_header_cell ||
           p == PrioritySource::matrix_header;
}
bool numeric_priority(PriorityNumber n) {
    return n == PriorityNumber::digit || n == PriorityNumber::digit_dot || n == PriorityNumber::word ||
           n == PriorityNumber::roman || n == PriorityNumber::p_code || n == PriorityNumber::sp_code;
}
bool is_matrix(Family f) { return f == Family::matrix_priority_cols || f == Family::matrix_priority_rows; }
bool date_form(TimeForm f) {
    switch (f) {
    case TimeForm::none: case TimeForm::from_month: case TimeForm::onwards: case TimeForm::ongoing:
    case TimeForm::annually: case TimeForm::quarterly: case TimeForm::termly: case TimeForm::monthly:
    case TimeForm::tbc: case TimeForm::sent_none:
        return false;
    default:
        return true;
    }
}

}  // namespace

const std::vector<Dimension>& dimensions() {
#define PP_DIM1(field, LIST) \
    Dimension{#field, {LIST(PP_GEN_NAME)}, [](const LayoutSpec& s) { return std::vector<int>{static_cast<int>(s.field)}; }}
#define PP_DIMN(field, LIST)                                            \
    Dimension{#field, {LIST(PP_GEN_NAME)}, [](const LayoutSpec& s) {    \
                  std::vector<int> v;                                   \
                  for (auto e : s.field) v.push_back(static_cast<int>(e)); \
                  if (v.empty()) v.push_back(0);                        \
                  return v;                                             \
              }}
    static const std::vector<Dimension> dims = {
        PP_DIM1(family, PP_FAMILY),
        PP_DIM1(priority_source, PP_PRIORITY_SOURCE),
        PP_DIM1(priority_number, PP_PRIORITY_NUMBER),
        PP_DIM1(priority_label, PP_PRIORITY_LABEL),
        PP_DIM1(label_block_table, PP_LABEL_BLOCK_TABLE),
        PP_DIM1(columns_order, PP_COLUMNS_ORDER),
        PP_DIM1(columns_dropped, PP_COLUMNS_DROPPED),
        PP_DIMN(columns_other, PP_OTHER_COLUMN),
        PP_DIM1(header_names, PP_HEADER_NAMES),
        PP_DIM1(unlisted_role, PP_UNLISTED_ROLE),
        PP_DIM1(action_levels, PP_ACTION_LEVELS),
        PP_DIM1(ref_place, PP_REF_PLACE),
        PP_DIM1(ref_style, PP_REF_STYLE),
        PP_DIM1(ref_scope, PP_REF_SCOPE),
        PP_DIM1(ref_children, PP_REF_CHILDREN),
        PP_DIM1(outcome, PP_OUTCOME_FORM),
        PP_DIM1(multi, PP_MULTI_ACTION),
        PP_DIM1(bullet_glyph, PP_BULLET_GLYPH),
        PP_DIM1(none_marker, PP_NONE_MARKER),
        PP_DIM1(rag, PP_RAG_STYLE),
        PP_DIM1(rag_complete, PP_RAG_COMPLETE),
        PP_DIM1(complete_letter, PP_COMPLETE_LETTER),
        PP_DIM1(rag_shade, PP_RAG_SHADE),
        PP_DIM1(rag_key, PP_RAG_KEY),
        PP_DIM1(progress, PP_PROGRESS_FORM),
        PP_DIMN(timescales, PP_TIME_FORM),
        PP_DIMN(distractors, PP_DISTRACTOR),
        PP_DIM1(matrix_corner, PP_MATRIX_CORNER),
        PP_DIM1(continuation, PP_CONTINUATION),
        PP_DIM1(header_row_flag, PP_HEADER_ROW_FLAG),
        PP_DIM1(row_split, PP_ROW_SPLIT),
        PP_DIM1(table_style, PP_TABLE_STYLE),
        PP_DIM1(format, PP_FORMAT),
        PP_DIM1(running_text, PP_RUNNING_TEXT),
        PP_DIM1(wrapped_text, PP_WRAPPED_TEXT),
        PP_DIM1(plans_in_file, PP_PLANS_IN_FILE),
        PP_DIM1(intro_list, PP_INTRO_LIST),
        PP_DIM1(lead_merge, PP_LEAD_MERGE),
    };
#undef PP_DIM1
#undef PP_DIMN
    return dims;
}

std::string describe(const LayoutSpec& spec) {
    std::string out;
    for (const auto& d : dimensions()) {
        std::vector<std::string> vals;
        for (int v : d.drawn(spec)) vals.push_back(d.values[static_cast<size_t>(v)]);
        out += (out.empty() ? "" : " ") + d.name + "=" + join(vals, "+");
    }
    return out;
}

LayoutSpec draw_spec(uint64_t seed) {
    Rng r(seed ^ 0xA5A5A5A5ull);
    LayoutSpec s;
    int f = r.below(10);  // rows 6 : cards 2 : matrix 1 + 1
    s.family = f < 6 ? Family::rows : f < 8 ? Family::cards : f < 9 ? Family::matrix_priority_cols : Family::matrix_priority_rows;
    s.priority_source = static_cast<PrioritySource>(r.below(static_cast<int>(PrioritySource::matrix_header)));
    s.priority_number = draw<PriorityNumber>(r);
    s.priority_label = draw<PriorityLabel>(r);
    s.label_block_table = draw<LabelBlockTable>(r);
    s.columns_order = draw<ColumnsOrder>(r);
    s.columns_dropped = draw<ColumnsDropped>(r);
    s.columns_other = draw_set<OtherColumn>(r, 0, 2);
    s.header_names = draw<HeaderNames>(r);
    s.unlisted_role = draw<UnlistedRole>(r);
    s.action_levels = r.chance(0.25) ? ActionLevels::strategy_column : ActionLevels::single;
    s.ref_place = draw<RefPlace>(r);
    s.ref_style = draw<RefStyle>(r);
    s.ref_scope = draw<RefScope>(r);
    s.ref_children = r.chance(0.3) ? RefChildren::children : RefChildren::none;
    s.outcome = draw<OutcomeForm>(r);
    if (s.priority_source == PrioritySource::label_value_block && r.chance(0.4)) s.outcome = OutcomeForm::label_value_row;
    s.multi = static_cast<MultiAction>(r.below(static_cast<int>(MultiAction::matrix_paragraphs)));
    s.bullet_glyph = draw<BulletGlyph>(r);
    s.none_marker = r.chance(0.4) ? draw<NoneMarker>(r) : NoneMarker::absent;
    s.rag = draw<RagStyle>(r);
    s.rag_complete = draw<RagComplete>(r);
    s.complete_letter = draw<CompleteLetter>(r);
    s.rag_shade = draw<RagShade>(r);
    s.rag_key = draw<RagKey>(r);
    s.progress = draw<ProgressForm>(r);
    s.timescales = draw_set<TimeForm>(r, 1, 3);
    s.distractors = draw_set<Distractor>(r, 0, 3);
    s.matrix_corner = draw<MatrixCorner>(r);
    s.continuation = draw<Continuation>(r);
    s.header_row_flag = draw<HeaderRowFlag>(r);
    s.row_split = r.chance(0.25) ? RowSplit::split : RowSplit::none;
    s.table_style = draw<TableStyle>(r);
    s.format = draw<Format>(r);
    s.running_text = r.chance(0.5) ? draw<RunningText>(r) : RunningText::none;
    s.wrapped_text = draw<WrappedText>(r);
    s.plans_in_file = r.chance(0.2) ? PlansInFile::review_then_plan : PlansInFile::one;
    s.intro_list = draw<IntroList>(r);
    s.lead_merge = r.chance(0.5) ? LeadMerge::none : r.chance(0.5) ? LeadMerge::merged : LeadMerge::printed_once;
    harmonise(s);
    return s;
}

void harmonise(LayoutSpec& s) {
    using PS = PrioritySource;
    // --- the family decides which dimensions apply
    if (is_matrix(s.family)) {
        s.priority_source = PS::matrix_header;
        s.label_block_table = LabelBlockTable::n_a;
        s.columns_order = ColumnsOrder::n_a;
        s.columns_dropped = ColumnsDropped::n_a;
        s.columns_other.clear();
        s.header_names = HeaderNames::n_a;
        s.action_levels = ActionLevels::single;
        s.ref_place = RefPlace::none;
        s.outcome = OutcomeForm::absent;
        s.multi = MultiAction::matrix_paragraphs;
        if (s.bullet_glyph != BulletGlyph::literal_bullet && s.bullet_glyph != BulletGlyph::literal_square)
            s.bullet_glyph = BulletGlyph::n_a;
        s.rag = RagStyle::none;
        s.progress = ProgressForm::none;
        s.timescales.clear();
        s.plans_in_file = PlansInFile::one;
        s.row_split = RowSplit::none;
        if (s.matrix_corner == MatrixCorner::n_a) s.matrix_corner = MatrixCorner::blank;
        if (s.header_row_flag == HeaderRowFlag::n_a) s.header_row_flag = HeaderRowFlag::marked;
    } else {
        s.matrix_corner = MatrixCorner::n_a;
        if (s.priority_source == PS::matrix_header) s.priority_source = PS::heading2;
        if (s.multi == MultiAction::matrix_paragraphs) s.multi = MultiAction::one_per_row;
        if (s.columns_order == ColumnsOrder::n_a) s.columns_order = ColumnsOrder::conventional;
        if (s.columns_dropped == ColumnsDropped::n_a) s.columns_dropped = ColumnsDropped::none;
        if (s.header_names == HeaderNames::n_a) s.header_names = HeaderNames::vocabulary;
    }
    if (s.family == Family::cards) {
        static const PS card_sources[] = {PS::heading1, PS::heading2, PS::heading3, PS::bold_paragraph,
                                          PS::list_item, PS::labelled_paragraphs, PS::function_groups};
        if (std::find(std::begin(card_sources), std::end(card_sources), s.priority_source) == std::end(card_sources))
            s.priority_source = PS::heading2;
        if (s.header_names == HeaderNames::unlisted) s.header_names = HeaderNames::vocabulary;
        s.action_levels = ActionLevels::single;
        if (s.outcome != OutcomeForm::paragraph_above && s.outcome != OutcomeForm::absent) s.outcome = OutcomeForm::repeated;
        if (s.multi == MultiAction::numbered_milestones) s.multi = MultiAction::one_per_row;
        s.none_marker = NoneMarker::absent;
        if (s.rag == RagStyle::ticks || s.rag == RagStyle::per_quarter || s.rag == RagStyle::fill_row) s.rag = RagStyle::letter;
        s.continuation = Continuation::none;
        s.header_row_flag = HeaderRowFlag::n_a;
        s.row_split = RowSplit::none;
        if (s.table_style == TableStyle::zebra) s.table_style = TableStyle::plain;
    } else if (s.family == Family::rows && s.header_row_flag == HeaderRowFlag::n_a) {
        s.header_row_flag = HeaderRowFlag::marked;
    }
    // --- numbered milestones carry their priority's number (3.1, 3.2 under priority 3)
    if (s.multi == MultiAction::numbered_milestones) {
        if (s.priority_source == PS::function_groups) {
            s.multi = MultiAction::one_per_row;
        } else {
            if (!numeric_priority(s.priority_number)) s.priority_number = PriorityNumber::digit;
            s.ref_place = RefPlace::prefix;
            s.ref_style = RefStyle::dotted;
            s.ref_scope = RefScope::restart;
            s.ref_children = RefChildren::none;
        }
    }
    // --- priority numbers and labels
    if (s.priority_source == PS::function_groups) s.priority_number = PriorityNumber::none;
    if (s.priority_source == PS::list_item && s.priority_number == PriorityNumber::none) s.priority_number = PriorityNumber::digit;
    if (s.priority_source == PS::label_value_block && s.priority_number == PriorityNumber::digit_dot)
        s.priority_number = PriorityNumber::digit;
    if (s.priority_number == PriorityNumber::none) {
        s.priority_label = PriorityLabel::title_only;
    } else if (s.priority_source == PS::list_item) {
        s.priority_label = PriorityLabel::title_only;  // the number is Word's list label
    } else {
        auto& l = s.priority_label;
        if (l == PriorityLabel::title_only) l = PriorityLabel::priority_colon;
        if (l == PriorityLabel::two_lines && (!cell_source(s.priority_source) || s.priority_source == PS::table_header_cell))
            l = PriorityLabel::priority_colon;
        if (s.priority_number == PriorityNumber::digit_dot) l = PriorityLabel::bare_space;
        if ((s.priority_number == PriorityNumber::p_code || s.priority_number == PriorityNumber::sp_code) &&
            l != PriorityLabel::bare_space && l != PriorityLabel::bare_colon && l != PriorityLabel::two_lines)
            l = PriorityLabel::bare_space;
        if (s.priority_number == PriorityNumber::word && l == PriorityLabel::upper_hyphen) l = PriorityLabel::priority_colon;
        if (s.priority_source == PS::label_value_block &&
            (l == PriorityLabel::two_lines || l == PriorityLabel::bare_colon))
            l = s.priority_number == PriorityNumber::p_code || s.priority_number == PriorityNumber::sp_code
                    ? PriorityLabel::bare_space : PriorityLabel::priority_colon;
    }
    if (s.priority_source == PS::label_value_block) {
        if (s.label_block_table == LabelBlockTable::n_a) s.label_block_table = LabelBlockTable::separate;
    } else {
        s.label_block_table = LabelBlockTable::n_a;
    }
    // --- outcomes
    if (s.outcome == OutcomeForm::label_value_row && s.priority_source != PS::label_value_block) s.outcome = OutcomeForm::repeated;
    if (s.outcome == OutcomeForm::paragraph_above && in_table_source(s.priority_source)) s.outcome = OutcomeForm::repeated;
    if (s.priority_source == PS::labelled_paragraphs &&
        (s.outcome == OutcomeForm::paragraph_above || s.outcome == OutcomeForm::band_row || s.outcome == OutcomeForm::label_value_row))
        s.outcome = OutcomeForm::repeated;
    if (s.priority_source == PS::first_col_merged && s.outcome == OutcomeForm::band_row) s.outcome = OutcomeForm::merged;
    // --- several actions in a cell
    bool bullets = s.multi == MultiAction::bullets_list_label || s.multi == MultiAction::bullets_literal;
    if (bullets && (s.ref_place == RefPlace::prefix || s.ref_place == RefPlace::list_label_action)) s.ref_place = RefPlace::column;
    auto label_glyph = [](BulletGlyph g) {
        return g == BulletGlyph::label_bullet || g == BulletGlyph::label_symbol || g == BulletGlyph::label_o;
    };
    switch (s.multi) {
    case MultiAction::bullets_list_label:
        if (!label_glyph(s.bullet_glyph)) s.bullet_glyph = BulletGlyph::label_bullet;
        break;
    case MultiAction::bullets_literal:
        if (label_glyph(s.bullet_glyph) || s.bullet_glyph == BulletGlyph::n_a) s.bullet_glyph = BulletGlyph::literal_bullet;
        break;
    case MultiAction::lead_in_colon:
        if (s.bullet_glyph == BulletGlyph::n_a) s.bullet_glyph = BulletGlyph::label_bullet;
        break;
    case MultiAction::matrix_paragraphs:
        break;
    default:
        s.bullet_glyph = BulletGlyph::n_a;
    }
    // --- refs
    if (s.ref_place == RefPlace::none) {
        s.ref_style = RefStyle::n_a;
        s.ref_scope = RefScope::n_a;
        s.ref_children = RefChildren::none;
    } else {
        if (s.ref_style == RefStyle::n_a) s.ref_style = RefStyle::dotted;
        if (s.ref_scope == RefScope::n_a) s.ref_scope = RefScope::restart;
        bool numeric = numeric_priority(s.priority_number);
        if (s.ref_style == RefStyle::letter_num_dash && s.priority_number != PriorityNumber::letter)
            s.ref_style = numeric ? RefStyle::dotted : RefStyle::plain;
        if ((s.ref_style == RefStyle::dotted || s.ref_style == RefStyle::dotted_dot || s.ref_style == RefStyle::num_alpha) && !numeric)
            s.ref_style = s.priority_number == PriorityNumber::letter ? RefStyle::letter_num_dash : RefStyle::plain;
        if (s.ref_style == RefStyle::dotted || s.ref_style == RefStyle::dotted_dot || s.ref_style == RefStyle::num_alpha ||
            s.ref_style == RefStyle::letter_num_dash)
            s.ref_scope = RefScope::restart;
        if (s.ref_children == RefChildren::children && s.ref_style != RefStyle::dotted && s.ref_style != RefStyle::plain)
            s.ref_children = RefChildren::none;
    }
    // --- status and progress
    if (s.multi == MultiAction::numbered_milestones) {
        if (s.rag == RagStyle::ticks || s.rag == RagStyle::per_quarter) s.rag = RagStyle::letter;
        if (s.progress == ProgressForm::per_quarter) s.progress = ProgressForm::single;
    }
    if (s.rag == RagStyle::word_in_progress) s.progress = ProgressForm::rag_in_text;
    if (s.progress == ProgressForm::rag_in_text) s.rag = RagStyle::word_in_progress;
    if (s.rag == RagStyle::fill_progress && s.progress != ProgressForm::single) s.progress = ProgressForm::single;
    bool fills = fills_style(s.rag);
    if (!fills) {
        s.rag_complete = RagComplete::n_a;
        s.rag_shade = RagShade::n_a;
    } else {
        if (s.rag_complete == RagComplete::n_a) s.rag_complete = RagComplete::grey;
        if (s.rag_shade == RagShade::n_a) s.rag_shade = RagShade::strong;
    }
    if (s.rag == RagStyle::letter || s.rag == RagStyle::letter_fill || s.rag == RagStyle::per_quarter) {
        if (s.complete_letter == CompleteLetter::n_a) s.complete_letter = CompleteLetter::C;
    } else {
        s.complete_letter = CompleteLetter::n_a;
    }
    if (s.rag == RagStyle::number_key && s.rag_key == RagKey::none) s.rag_key = RagKey::table;
    if (fills && (s.rag_complete == RagComplete::purple || s.rag_complete == RagComplete::dark_green) && s.rag_key == RagKey::none)
        s.rag_key = RagKey::sentence;
    if (!fills && s.rag != RagStyle::number_key) s.rag_key = RagKey::none;
    if (fills && s.table_style == TableStyle::zebra) s.table_style = TableStyle::header_shaded;
    // --- timescales
    if (is_matrix(s.family) || s.columns_dropped == ColumnsDropped::timescale) s.timescales.clear();
    else if (s.timescales.empty()) s.timescales.push_back(TimeForm::month_year);
    // --- header names
    bool has_rag_cell = rag_column_style(s.rag);
    if (s.header_names == HeaderNames::unlisted) {
        std::vector<UnlistedRole> ok;
        if (s.priority_source != PS::table_header_cell) ok.push_back(UnlistedRole::action);
        if (s.columns_dropped != ColumnsDropped::lead) ok.push_back(UnlistedRole::lead);
        if (s.columns_dropped != ColumnsDropped::timescale) ok.push_back(UnlistedRole::timescale);
        if (has_rag_cell) ok.push_back(UnlistedRole::rag);
        if (ok.empty()) {
            s.header_names = HeaderNames::vocabulary;
        } else if (!has(ok, s.unlisted_role)) {
            s.unlisted_role = ok[static_cast<size_t>(static_cast<int>(s.unlisted_role) % static_cast<int>(ok.size()))];
        }
    }
    if (s.header_names != HeaderNames::unlisted) s.unlisted_role = UnlistedRole::n_a;
    if (s.unlisted_role == UnlistedRole::timescale &&
        std::none_of(s.timescales.begin(), s.timescales.end(), [](TimeForm f) { return date_form(f); })) {
        s.timescales.push_back(TimeForm::month_year);
        std::sort(s.timescales.begin(), s.timescales.end());
    }
    if (s.header_names == HeaderNames::dated && s.progress == ProgressForm::none && !has_rag_cell)
        s.header_names = HeaderNames::vocabulary;
    // --- pages
    if (s.family != Family::rows) s.row_split = RowSplit::none;
    if (s.row_split != RowSplit::none || s.running_text != RunningText::none) s.format = Format::pdf;
    if (s.family != Family::rows || s.columns_dropped == ColumnsDropped::lead) s.lead_merge = LeadMerge::n_a;
    else if (s.lead_merge == LeadMerge::n_a) s.lead_merge = LeadMerge::none;
    if (s.lead_merge == LeadMerge::printed_once) s.format = Format::pdf;
    if (s.priority_source == PS::list_item) s.intro_list = IntroList::none;
    if (s.priority_number == PriorityNumber::none && s.intro_list == IntroList::numbered) s.intro_list = IntroList::unnumbered;
}

const std::vector<TimescaleCase>& timescale_table() {
    using T = TimeForm;
    // Written by hand from the practice README (§ due) and layouts.md §7; Y0/Y1 are the plan's first financial
    // year (April Y0 to March Y1).
    static const std::vector<TimescaleCase> table = {
        {T::month_year, "March 2016", "2016-03"},
        {T::month_year, "September 2015", "2015-09"},
        {T::month_year, "December 2017", "2017-12"},
        {T::month_year, "June 2014", "2014-06"},
        {T::mon_yy_dash, "Mar-16", "2016-03"},
        {T::mon_yy_dash, "Oct-15", "2015-10"},
        {T::mon_yy_dash, "Jan-18", "2018-01"},
        {T::mon_yy, "Mar 16", "2016-03"},
        {T::mon_yy, "Dec 14", "2014-12"},
        {T::mon_yy, "Jun 17", "2017-06"},
        {T::month_apos, "March '16", "2016-03"},
        {T::month_apos, "November '15", "2015-11"},
        {T::month_apos, "April \xE2\x80\x99" "17", "2017-04"},
        {T::slash_date, "31/03/2016", "2016-03-31"},
        {T::slash_date, "30/09/2015", "2015-09-30"},
        {T::slash_date, "01/12/2017", "2017-12-01"},
        {T::dot_date, "31.03.16", "2016-03-31"},
        {T::dot_date, "30.06.15", "2015-06-30"},
        {T::dot_date, "15.01.18", "2018-01-15"},
        {T::ordinal, "31st March 2016", "2016-03-31"},
        {T::ordinal, "1st February 2019", "2019-02-01"},
        {T::ordinal, "22nd June 2015", "2015-06-22"},
        {T::ordinal, "3rd October 2017", "2017-10-03"},
        {T::iso, "2016-03-31", "2016-03-31"},
        {T::iso, "2015-10-31", "2015-10-31"},
        {T::iso, "2018-01-15", "2018-01-15"},
        {T::dmy_abbr, "31-Mar-16", "2016-03-31"},
        {T::dmy_abbr, "30-Sep-15", "2015-09-30"},
        {T::q_long, "Q4 2015/16", "2016-03"},
        {T::q_long, "Q1 2016/17", "2016-06"},
        {T::q_long, "Q2 2014/15", "2014-09"},
        {T::q_long, "Q3 2017/18", "2017-12"},
        {T::q_short, "Q4 15/16", "2016-03"},
        {T::q_short, "Q2 16/17", "2016-09"},
        {T::q_short, "Q3 14/15", "2014-12"},
        {T::q_short, "Q1 17/18", "2017-06"},
        {T::end_of_q, "End of Q1", "Y0-06"},
        {T::end_of_q, "End of Q2", "Y0-09"},
        {T::end_of_q, "End of Q3", "Y0-12"},
        {T::end_of_q, "End of Q4", "Y1-03"},
        {T::fy, "2015/16", "2016-03"},
        {T::fy, "2014/15", "2015-03"},
        {T::fy, "2017/18", "2018-03"},
        {T::season, "Spring 2016", "2016-05"},
        {T::season, "Summer 2015", "2015-08"},
        {T::season, "Autumn 2017", "2017-11"},
        {T::term, "Autumn term 2016", "2016-12"},
        {T::term, "Spring term 2017", "2017-04"},
        {T::term, "Summer term 2015", "2015-07"},
        {T::by_month, "By March 2016", "2016-03"},
        {T::by_month, "By September 2015", "2015-09"},
        {T::end_month, "End of March 2016", "2016-03"},
        {T::end_month, "End of September 2015", "2015-09"},
        {T::from_month, "From April 2016", ""},
        {T::from_month, "From September 2015", ""},
        {T::onwards, "April 2016 onwards", ""},
        {T::onwards, "January 2015 onwards", ""},
        {T::range, "April \xE2\x80\x93 June 2016", "2016-06"},
        {T::range, "September \xE2\x80\x93 December 2015", "2015-12"},
        {T::range, "January - March 2017", "2017-03"},
        {T::slash_range, "June/July 2017", "2017-07"},
        {T::slash_range, "October/November 2015", "2015-11"},
        {T::ongoing, "Ongoing", ""},
        {T::ongoing, "On-going", ""},
        {T::annually, "Annually", ""},
        {T::quarterly, "Quarterly", ""},
        {T::termly, "Termly", ""},
        {T::monthly, "Monthly", ""},
        {T::tbc, "TBC", ""},
        {T::sent_by, "Strategy agreed and in place by April 2012", "2012-04"},
        {T::sent_by, "Protocol signed by all partners by October 2015", "2015-10"},
        {T::sent_fy, "Training programme to run across financial year 2012/13", "2013-03"},
        {T::sent_fy, "Audit programme across financial year 2015/16", "2016-03"},
        {T::sent_as_per, "March 2015 as per training strategy", "2015-03"},
        {T::sent_as_per, "June 2016 as per the audit schedule", "2016-06"},
        {T::sent_paren, "September 2014 (website permitting)", "2014-09"},
        {T::sent_paren, "January 2016 (subject to funding)", "2016-01"},
        {T::sent_none, "To be confirmed", ""},
        {T::sent_none, "As per strategy and action plan", ""},
        {T::sent_none, "In line with the audit programme", ""},
    };
    return table;
}

namespace {

// ---------------------------------------------------------------------------------------------------------
// 4. the plan as data
// ---------------------------------------------------------------------------------------------------------

int rag_index(Rag r) { return static_cast<int>(r); }  // Unknown, Complete, Green, Amber, Red

struct Unit {
    std::string ref, printed_ref;   // bare ("1.1", "a", "iv") and as printed ("1.1.", "a)", "(iv)", "A2")
    std::string text;               // expected action text
    std::string shown;              // the paragraph as printed (before ref prefix / glyph), may hold a '\n'
    std::string lead_in;            // lead-in form: the ':' paragraph …
    Strings items;                  // … and its items
    std::string lead, timescale, due, progress, progress_shown;
    Strings progress_q;             // per-quarter progress cells, left to right ("" = empty)
    Rag rag = Rag::Unknown;
    std::vector<int> rag_q;         // per-quarter statuses (-1 = empty cell)
};

enum class RowKind { Single, Bullets, LeadIn, Milestones, NoneMarker };
enum class Mode { Single, PerParagraph, PerNumbered };

struct GRow {
    RowKind kind = RowKind::Single;
    std::vector<Unit> units;
    std::string printed_ref;        // ref column / list label of the row
    bool plain_first = false;       // bullets: the first paragraph carries no bullet (an action of its own)
    Mode lead_mode = Mode::Single, time_mode = Mode::Single, progress_mode = Mode::Single;
    std::map<OtherColumn, std::string> others;
    int strategy = -1;              // run index in the group
    bool strategy_first = false;    // first row of its strategy run
    bool split = false;             // printed over a page break: head row then tail row
    std::string head, tail, lead_head, lead_tail;
    std::string marker;             // NoneMarker: the lone marker
};
struct GGroup {
    std::string outcome;
    std::vector<GRow> rows;
    Strings strategies;
};
struct GPriority {
    std::string ref;        // expected priority_ref
    std::string number;     // as printed
    std::string title;      // expected title
    std::string raw_title;  // title before upper-casing
    int ordinal = 1;        // 1-based within its plan
    std::string lead_group, measures, why;
    Strings objectives;
    std::vector<GGroup> groups;
};
struct GPlan {
    std::string title;
    int start_year = 2015, end_year = 2016;
    std::vector<GPriority> priorities;
};
struct GMatrix {
    Strings streams;
    // cells[p][w]: paragraphs ("" never); marker when the cell is a lone –
    std::vector<std::vector<Strings>> cells;
    std::vector<std::vector<std::string>> markers;
};

struct Lexicon {
    std::string place, board;
    std::string words[5];       // by rag_index: unrated, complete, green, amber, red
    std::string letters[5];
    std::string fills[5];
    std::string colour_name_complete;
    int number_key = 0;         // 0 desc4, 1 asc4, 2 asc5
    int tick_set = 0;
    std::string tick_mark;
    std::string status_sep;
    int quarters = 3, rag_quarters = 3;
    std::string quarter_header, rag_quarter_header;
    std::string header_fill, band_fill, label_fill;
    std::string outcome_label;
};

struct NumberKeyEntry { const char* number; Rag rag; const char* meaning; };
const std::vector<NumberKeyEntry>& number_key(int k) {
    static const std::vector<NumberKeyEntry> keys[] = {
        {{"1", Rag::Complete, "Complete"}, {"2", Rag::Green, "On track"}, {"3", Rag::Amber, "Some slippage"}, {"4", Rag::Unknown, "Not started"}},
        {{"1", Rag::Red, "Off track"}, {"2", Rag::Amber, "Some slippage"}, {"3", Rag::Green, "On track"}, {"4", Rag::Complete, "Complete"}},
        {{"1", Rag::Unknown, "Not started"}, {"2", Rag::Red, "Off track"}, {"3", Rag::Amber, "Some slippage"},
         {"4", Rag::Green, "On track"}, {"5", Rag::Complete, "Complete"}},
    };
    return keys[k];
}
struct TickColumn { const char* header; Rag rag; };
const std::vector<TickColumn>& tick_set(int k) {
    static const std::vector<TickColumn> sets[] = {
        {{"Achieved", Rag::Complete}, {"On target", Rag::Green}, {"Not achieved", Rag::Red}},
        {{"Complete", Rag::Complete}, {"On track", Rag::Green}, {"Some slippage", Rag::Amber}, {"Off track", Rag::Red}},
    };
    return sets[k];
}

/// The whole generation state of one plan.
struct Builder {
    LayoutSpec s;
    Rng r;
    Lexicon lex;
    std::vector<GPlan> plans;
    GMatrix matrix;
    std::set<std::string> used_texts;
    size_t outcome_next = 0;
    Strings outcome_pool;
    std::vector<ExpectedAction> expected;

    Builder(const LayoutSpec& spec, uint64_t seed) : s(spec), r(seed) {}

    std::string fill_place(const std::string& t) { return replace_all(t, "{p}", lex.place); }

    // ----- lexicon
    void draw_lexicon() {
        lex.place = r.pick(places());
        lex.board = lex.place + (r.chance(0.5) ? " Safeguarding Children Board" : " Local Safeguarding Children Board");
        static const Strings complete = {"Complete", "Completed", "Achieved", "Done", "Delivered"};
        static const Strings green = {"Green", "On track", "Good progress"};
        static const Strings amber = {"Amber", "At risk", "Slipped", "Behind schedule", "Some slippage"};
        static const Strings red = {"Red", "Not achieved", "Off track", "Significant concern"};
        static const Strings unrated = {"Not started", "Not yet due"};
        lex.words[0] = r.pick(unrated);
        lex.words[1] = r.pick(complete);
        lex.words[2] = r.pick(green);
        lex.words[3] = r.pick(amber);
        lex.words[4] = r.pick(red);
        lex.letters[0] = "";
        lex.letters[1] = s.complete_letter == CompleteLetter::B ? "B" : "C";
        lex.letters[2] = "G";
        lex.letters[3] = "A";
        lex.letters[4] = "R";
        static const char* shades[3][3] = {{"#92D050", "#FFC000", "#FF0000"}, {"#00B050", "#F79646", "#C00000"},
                                           {"#C6EFCE", "#FFEB9C", "#FFC7CE"}};
        int shade = s.rag_shade == RagShade::alt ? 1 : s.rag_shade == RagShade::pale ? 2 : 0;
        lex.fills[0] = "";
        lex.fills[2] = shades[shade][0];
        lex.fills[3] = shades[shade][1];
        lex.fills[4] = shades[shade][2];
        switch (s.rag_complete) {
        case RagComplete::blue: lex.fills[1] = shade == 1 ? "#0070C0" : shade == 2 ? "#9DC3E6" : "#00B0F0"; lex.colour_name_complete = "Blue"; break;
        case RagComplete::purple: lex.fills[1] = shade == 2 ? "#B4A7D6" : "#7030A0"; lex.colour_name_complete = "Purple"; break;
        case RagComplete::dark_green: lex.fills[1] = "#375623"; lex.colour_name_complete = "Dark green"; break;
        default: lex.fills[1] = shade == 2 ? "#BFBFBF" : "#A6A6A6"; lex.colour_name_complete = "Grey"; break;
        }
        lex.number_key = r.below(3);
        lex.tick_set = r.below(2);
        lex.tick_mark = r.chance(0.5) ? kTick : "Yes";
        static const Strings seps = {std::string(" ") + kEnDash + " ", " - ", ". ", ": "};
        lex.status_sep = r.pick(seps);
        lex.quarters = r.between(2, 4);
        lex.rag_quarters = r.between(2, 4);
        static const Strings qh = {"Q{q} update", "Progress Q{q}", "Q{q} position", "Update {month} {year}", "Review {q}"};
        static const Strings qrh = {"Q{q} RAG", "RAG Q{q}", "Status Q{q}", "RAG {month}"};
        lex.quarter_header = r.pick(qh);
        lex.rag_quarter_header = r.pick(qrh);
        static const Strings header_fills = {"#D9D9D9", "#385623", "#833C0B", "#DAEEF3", "#FBE4D5", "#1F4E79"};
        lex.header_fill = s.table_style == TableStyle::plain ? "" : r.pick(header_fills);
        static const Strings band_fills = {"", "#D9E2F3", "#E2EFDA", "#A9D08E", "#BDD7EE"};
        lex.band_fill = r.pick(band_fills);
        lex.label_fill = r.chance(0.5) ? "#D9E2F3" : "";
        static const Strings ol = {"Outcome", "What we want to achieve", "Desired outcome", "Outcome we want"};
        lex.outcome_label = r.pick(ol);
    }

    // ----- texts
    std::string new_action_text() {
        for (int tries = 0; tries < 200; ++tries) {
            std::string t = r.pick(verbs()) + " " + r.pick(topics()) + " " + r.pick(audiences()) + ".";
            if (used_texts.insert(t).second) return t;
        }
        std::string t = r.pick(verbs()) + " " + r.pick(topics()) + " (" + std::to_string(used_texts.size()) + ").";
        used_texts.insert(t);
        return t;
    }
    std::string new_outcome() {
        if (outcome_pool.empty()) {
            outcome_pool = outcomes();
            r.shuffle(outcome_pool);
        }
        if (outcome_next < outcome_pool.size()) return outcome_pool[outcome_next++];
        return outcome_pool[outcome_next++ % outcome_pool.size()] + " in every locality";
    }
    /// A '\n' instead of one space in the middle (a wrapped line), for the printed form only.
    std::string wrap(const std::string& t) {
        if (s.wrapped_text != WrappedText::line_breaks || !r.chance(0.4)) return t;
        std::vector<size_t> spaces;
        for (size_t i = 0; i < t.size(); ++i)
            if (t[i] == ' ') spaces.push_back(i);
        if (spaces.size() < 3) return t;
        std::string w = t;
        w[spaces[spaces.size() / 2]] = '\n';
        return w;
    }
    std::string draw_lead() { return r.chance(0.08) ? "" : fill_place(r.pick(leads())); }
    void draw_timescale(Unit& u, const GPlan& plan) {
        if (s.timescales.empty() || r.chance(0.08)) return;
        TimeForm f = r.pick(s.timescales);
        std::vector<const TimescaleCase*> cases;
        for (const auto& c : timescale_table())
            if (c.form == f) cases.push_back(&c);
        const TimescaleCase* c = r.pick(cases);
        u.timescale = c->text;
        std::string due = c->due;
        if (due.rfind("Y0", 0) == 0) due = std::to_string(plan.start_year) + due.substr(2);
        if (due.rfind("Y1", 0) == 0) due = std::to_string(plan.start_year + 1) + due.substr(2);
        u.due = due;
    }
    Rag draw_rag() {
        if (s.rag == RagStyle::none) return Rag::Unknown;
        std::vector<Rag> pool = {Rag::Complete, Rag::Complete, Rag::Green, Rag::Green, Rag::Green,
                                 Rag::Amber, Rag::Amber, Rag::Red, Rag::Unknown};
        if (s.rag == RagStyle::number_key) {
            pool.clear();
            for (const auto& e : number_key(lex.number_key)) pool.push_back(e.rag);
            if (lex.number_key == 1) pool.push_back(Rag::Unknown);  // an empty cell
        } else if (s.rag == RagStyle::ticks) {
            pool.clear();
            for (const auto& t : tick_set(lex.tick_set)) pool.push_back(t.rag);
            pool.push_back(Rag::Unknown);
        }
        return r.pick(pool);
    }
    void draw_progress(Unit& u) {
        switch (s.progress) {
        case ProgressForm::none:
            return;
        case ProgressForm::single:
            if (r.chance(0.85)) u.progress = r.pick(progress_texts());
            break;
        case ProgressForm::rag_in_text: {
            std::string body = r.pick(progress_texts());
            int k = rag_index(u.rag);
            if (k == 0 && r.chance(0.5)) u.progress = body;  // no word: not rated
            else u.progress = lex.words[k] + lex.status_sep + body;
            break;
        }
        case ProgressForm::per_quarter: {
            u.progress_q.assign(static_cast<size_t>(lex.quarters), "");
            if (r.chance(0.1)) break;
            int latest = r.chance(0.6) ? lex.quarters - 1 : r.below(lex.quarters);
            for (int q = 0; q < latest; ++q)
                if (r.chance(0.7)) u.progress_q[static_cast<size_t>(q)] = r.pick(progress_texts());
            u.progress = r.pick(progress_texts());
            u.progress_q[static_cast<size_t>(latest)] = u.progress;
            break;
        }
        }
        u.progress_shown = wrap(u.progress);
    }
    void draw_rag_history(Unit& u) {
        if (s.rag != RagStyle::per_quarter) return;
        u.rag_q.assign(static_cast<size_t>(lex.rag_quarters), -1);
        if (u.rag == Rag::Unknown) return;
        int latest = r.chance(0.6) ? lex.rag_quarters - 1 : r.below(lex.rag_quarters);
        for (int q = 0; q < latest; ++q)
            if (r.chance(0.7)) u.rag_q[static_cast<size_t>(q)] = r.between(1, 4);
        u.rag_q[static_cast<size_t>(latest)] = rag_index(u.rag);
    }

    // ----- numbers and refs
    std::string priority_number(int ordinal) {
        static const char* words[] = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"};
        switch (s.priority_number) {
        case PriorityNumber::digit: return std::to_string(ordinal);
        case PriorityNumber::digit_dot: return std::to_string(ordinal) + ".";
        case PriorityNumber::word: return words[(ordinal - 1) % 8];
        case PriorityNumber::letter: return std::string(1, static_cast<char>('A' + ordinal - 1));
        case PriorityNumber::roman: return upper(roman(ordinal));
        case PriorityNumber::p_code: return "P" + std::to_string(ordinal);
        case PriorityNumber::sp_code: return "SP" + std::to_string(ordinal);
        case PriorityNumber::digit_alpha: return std::to_string((ordinal - 1) / 2 + 1) + static_cast<char>('a' + (ordinal - 1) % 2);
        case PriorityNumber::none: return "";
        }
        return "";
    }
    /// (bare, printed) ref of the k-th action (1-based) of a priority, with an optional child letter.
    std::pair<std::string, std::string> ref_of(const GPriority& p, int k, const std::string& child) {
        std::string P = std::to_string(p.ordinal);
        switch (s.ref_style) {
        case RefStyle::dotted: return {P + "." + std::to_string(k) + child, P + "." + std::to_string(k) + child};
        case RefStyle::dotted_dot: return {P + "." + std::to_string(k), P + "." + std::to_string(k) + "."};
        case RefStyle::plain: return {std::to_string(k) + child, std::to_string(k) + child};
        case RefStyle::alpha_paren: return {alpha(k), alpha(k) + ")"};
        case RefStyle::roman_paren: return {roman(k), "(" + roman(k) + ")"};
        case RefStyle::letter_num_dash: return {p.number + std::to_string(k), p.number + std::to_string(k)};
        case RefStyle::num_alpha: return {P + alpha(k), P + alpha(k)};
        case RefStyle::n_a: break;
        }
        return {"", ""};
    }

    // ----- priorities, groups, rows
    void make_plans() {
        int start = r.between(2011, 2018);
        int span = r.between(1, 3);
        auto title_for = [&](int y0, int y1) {
            std::string yy = two_digits(y1);
            static const Strings forms = {"Business Plan {Y}-{yy}", "Business Plan {Y} \xE2\x80\x93 {Y2}",
                                          "Business Plan {Y}/{yy}", "Annual Business Plan {Y}/{yy}",
                                          "Business and Improvement Plan {Y}-{yy}", "Strategic Business Plan {Y} \xE2\x80\x93 {Y2}"};
            std::string t = r.pick(forms);
            t = replace_all(t, "{Y2}", std::to_string(y1));
            t = replace_all(t, "{Y}", std::to_string(y0));
            return replace_all(t, "{yy}", yy);
        };
        if (s.plans_in_file == PlansInFile::review_then_plan) {
            GPlan review;
            review.start_year = start - 1;
            review.end_year = start;
            review.title = "LSCB Business Plan " + std::to_string(start - 1) + "-" + two_digits(start) + ": end of year review";
            plans.push_back(review);
        }
        GPlan main;
        main.start_year = start;
        main.end_year = start + span;
        main.title = title_for(start, start + span);
        plans.push_back(main);
        Strings titles = s.priority_source == PrioritySource::function_groups ? function_titles() : priority_titles();
        r.shuffle(titles);
        size_t next_title = 0;
        for (size_t pi = 0; pi < plans.size(); ++pi) {
            int n = plans.size() == 2 && pi == 0 ? r.between(1, 2) : r.between(2, 4);
            for (int i = 1; i <= n; ++i) {
                GPriority p;
                p.ordinal = i;
                p.number = priority_number(i);
                p.ref = p.number;
                if (!p.ref.empty() && p.ref.back() == '.') p.ref.pop_back();
                p.raw_title = titles[next_title++ % titles.size()];
                p.title = s.priority_label == PriorityLabel::upper_hyphen ? upper(p.raw_title) : p.raw_title;
                p.lead_group = r.pick(Strings{"Learning and Development Sub-group", "Policy and Procedures Sub-group",
                                              "Quality Assurance Sub-group", "Health Sub-group"});
                p.measures = r.pick(measures());
                p.why = "Four of the last six case reviews concerned this area.";
                Strings objs = objectives();
                r.shuffle(objs);
                objs.resize(static_cast<size_t>(r.between(2, 3)));
                p.objectives = objs;
                plans[pi].priorities.push_back(p);
            }
        }
        for (auto& plan : plans) {
            int through = 0;
            for (auto& p : plan.priorities) make_groups(plan, p, through);
        }
        if (s.lead_merge == LeadMerge::merged || s.lead_merge == LeadMerge::printed_once) share_leads();
        if (s.none_marker != NoneMarker::absent) add_marker_row();
        if (s.row_split != RowSplit::none) choose_split();
    }

    // Consecutive one-action rows of a group led by the same person (the cell merged over them, or printed
    // once). A board that prints a lead once leaves a cell blank for "the same": a row of its group with no
    // lead of its own has the one above.
    void share_leads() {
        auto no_lead = [](const GRow& row) {
            return std::all_of(row.units.begin(), row.units.end(), [](const Unit& u) { return u.lead.empty(); });
        };
        for (auto& plan : plans)
            for (auto& p : plan.priorities)
                for (auto& g : p.groups)
                    for (size_t i = 1; i < g.rows.size(); ++i) {
                        GRow &above = g.rows[i - 1], &row = g.rows[i];
                        if (row.kind == RowKind::NoneMarker || above.kind == RowKind::NoneMarker) continue;
                        if (s.lead_merge == LeadMerge::printed_once && no_lead(row) && row.lead_mode == Mode::Single &&
                            above.lead_mode == Mode::Single && !above.units[0].lead.empty()) {
                            for (auto& u : row.units) u.lead = above.units[0].lead;
                        } else if (row.kind == RowKind::Single && above.kind == RowKind::Single && r.chance(0.6)) {
                            row.units[0].lead = above.units[0].lead;
                        }
                    }
    }

    void make_groups(const GPlan& plan, GPriority& p, int& through) {
        bool one_group = s.outcome == OutcomeForm::label_value_row || s.outcome == OutcomeForm::absent;
        int ngroups = one_group ? 1 : r.between(1, 3);
        int k = 0;  // restart counter
        for (int g = 0; g < ngroups; ++g) {
            GGroup group;
            group.outcome = new_outcome();
            int nrows = r.between(1, s.family == Family::cards ? 2 : 3);
            for (int i = 0; i < nrows; ++i) {
                int& counter = s.ref_scope == RefScope::through ? through : k;
                ++counter;
                int nchildren = s.ref_children == RefChildren::children && r.chance(0.3) ? r.between(2, 3) : 0;
                for (int c = 0; c < std::max(1, nchildren); ++c) {
                    std::string child = nchildren ? std::string(1, static_cast<char>('a' + c)) : "";
                    group.rows.push_back(make_row(plan, p, counter, child, k));
                    if (s.multi == MultiAction::numbered_milestones) {
                        // milestones number on from the row's first one
                        int used = static_cast<int>(group.rows.back().units.size());
                        counter += used - 1;
                    }
                }
            }
            if (s.action_levels == ActionLevels::strategy_column) {
                int run = 0;
                for (size_t i = 0; i < group.rows.size();) {
                    int len = std::min<int>(r.between(1, 3), static_cast<int>(group.rows.size() - i));
                    Strings pool = strategies();
                    group.strategies.push_back(pool[static_cast<size_t>((run + r.below(2)) % static_cast<int>(pool.size()))]);
                    for (int j = 0; j < len; ++j) {
                        group.rows[i + static_cast<size_t>(j)].strategy = run;
                        group.rows[i + static_cast<size_t>(j)].strategy_first = j == 0;
                    }
                    i += static_cast<size_t>(len);
                    ++run;
                }
            }
            p.groups.push_back(std::move(group));
        }
    }

    Unit base_unit(const GPlan& plan) {
        Unit u;
        u.text = new_action_text();
        u.shown = wrap(u.text);
        u.lead = draw_lead();
        draw_timescale(u, plan);
        u.rag = draw_rag();
        draw_progress(u);
        draw_rag_history(u);
        return u;
    }

    GRow make_row(const GPlan& plan, const GPriority& p, int number, const std::string& child, int& restart_counter) {
        (void)restart_counter;
        GRow row;
        switch (s.multi) {
        case MultiAction::bullets_list_label:
        case MultiAction::bullets_literal:
            row.kind = r.chance(0.65) ? RowKind::Bullets : RowKind::Single;
            break;
        case MultiAction::lead_in_colon:
            row.kind = r.chance(0.5) ? RowKind::LeadIn : RowKind::Single;
            break;
        case MultiAction::numbered_milestones:
            row.kind = RowKind::Milestones;
            break;
        default:
            row.kind = RowKind::Single;
        }
        Unit shared = base_unit(plan);
        auto [ref, printed] = ref_of(p, number, child);
        if (s.ref_place == RefPlace::none) ref = printed = "";
        row.printed_ref = printed;
        switch (row.kind) {
        case RowKind::Single: {
            shared.ref = ref;
            shared.printed_ref = printed;
            row.units.push_back(shared);
            break;
        }
        case RowKind::Bullets: {
            int n = r.between(2, 3);
            row.plain_first = r.chance(0.25);
            for (int i = 0; i < n; ++i) {
                Unit u = shared;
                if (i) {
                    u.text = new_action_text();
                    u.shown = wrap(u.text);
                }
                u.ref = ref;
                u.printed_ref = printed;
                row.units.push_back(u);
            }
            break;
        }
        case RowKind::LeadIn: {
            Unit u = shared;
            u.lead_in = replace_all(r.pick(lead_ins()), "{t}", r.pick(topics()));
            Strings its = items();
            r.shuffle(its);
            its.resize(static_cast<size_t>(r.between(2, 3)));
            u.items = its;
            u.text = u.lead_in + " " + join(its, " ");
            u.ref = ref;
            u.printed_ref = printed;
            row.units.push_back(u);
            break;
        }
        case RowKind::Milestones: {
            int n = r.between(1, 3);
            static const Mode modes[] = {Mode::Single, Mode::PerParagraph, Mode::PerNumbered};
            row.lead_mode = modes[r.below(3)];
            row.time_mode = modes[r.below(3)];
            row.progress_mode = modes[r.below(3)];
            bool shared_rag = fills_style(s.rag);
            for (int i = 0; i < n; ++i) {
                Unit u = i == 0 ? shared : base_unit(plan);
                auto [mref, mprinted] = ref_of(p, number + i, "");
                u.ref = mref;
                u.printed_ref = mprinted;
                if (row.lead_mode == Mode::Single) u.lead = shared.lead;
                else if (u.lead.empty()) u.lead = fill_place(r.pick(leads()));
                if (row.time_mode == Mode::Single) { u.timescale = shared.timescale; u.due = shared.due; }
                else if (u.timescale.empty() && !s.timescales.empty()) { while (u.timescale.empty()) draw_timescale(u, plan); }
                if (shared_rag) u.rag = shared.rag;
                if (s.progress != ProgressForm::none) {
                    if (row.progress_mode == Mode::Single) {
                        if (s.progress == ProgressForm::rag_in_text) u.rag = shared.rag;  // the one paragraph decides
                        u.progress = shared.progress;
                        u.progress_shown = shared.progress_shown;
                    } else if (u.progress.empty()) {
                        u.progress = r.pick(progress_texts());
                        u.progress_shown = u.progress;
                    }
                }
                row.units.push_back(u);
            }
            break;
        }
        case RowKind::NoneMarker:
            break;
        }
        for (OtherColumn c : s.columns_other) {
            switch (c) {
            case OtherColumn::measures: row.others[c] = r.pick(measures()); break;
            case OtherColumn::budget: row.others[c] = r.pick(budgets()); break;
            case OtherColumn::risks: row.others[c] = r.pick(risks()); break;
            case OtherColumn::links: row.others[c] = r.pick(links()); break;
            case OtherColumn::partners: row.others[c] = r.pick(partners()); break;
            case OtherColumn::none: break;
            }
        }
        return row;
    }

    void add_marker_row() {
        std::vector<GGroup*> groups;
        for (auto& plan : plans)
            for (auto& p : plan.priorities)
                for (auto& g : p.groups) groups.push_back(&g);
        GGroup* g = groups[static_cast<size_t>(r.below(static_cast<int>(groups.size())))];
        GRow row;
        row.kind = RowKind::NoneMarker;
        switch (s.none_marker) {
        case NoneMarker::en_dash: row.marker = kEnDash; break;
        case NoneMarker::hyphen: row.marker = "-"; break;
        case NoneMarker::na: row.marker = r.chance(0.5) ? "n/a" : "N/A"; break;
        default: row.marker = "None"; break;
        }
        size_t at = static_cast<size_t>(r.between(1, static_cast<int>(g->rows.size())));
        if (s.action_levels == ActionLevels::strategy_column) {
            // the marker row joins the strategy run of the row above it
            row.strategy = g->rows[at - 1].strategy;
        }
        for (OtherColumn c : s.columns_other) row.others[c] = "";
        g->rows.insert(g->rows.begin() + static_cast<long>(at), row);
    }

    // A row cut mid-phrase by a page break: a one-action row, or a row of numbered milestones cut inside its
    // first milestone (the others, with their leads, dates and statuses, on the new page).
    void choose_split() {
        std::vector<GRow*> cands;
        for (auto& plan : plans)
            for (auto& p : plan.priorities)
                for (auto& g : p.groups)
                    for (auto& row : g.rows) {
                        bool single = row.kind == RowKind::Single, milestones = row.kind == RowKind::Milestones && row.units.size() >= 2;
                        if ((single || milestones) && row.units[0].shown.find('\n') == std::string::npos) cands.push_back(&row);
                    }
        r.shuffle(cands);
        static const Strings cut_after = {" the ", " for ", " of ", " on ", " and ", " to ", " with ", " a "};
        for (GRow* row : cands) {
            const std::string& t = row->kind == RowKind::Milestones ? row->units[0].shown : row->units[0].text;
            for (const auto& w : cut_after) {
                size_t at = t.find(w);
                if (at == std::string::npos || at < 5) continue;
                size_t cut = at + w.size() - 1;  // after the function word
                row->split = true;
                row->head = t.substr(0, cut);
                row->tail = t.substr(cut + 1);
                s.row_split = row->kind == RowKind::Milestones ? RowSplit::split_milestones : RowSplit::split;
                if (row->kind == RowKind::Milestones) return;  // each milestone's fields go with it
                const std::string& lead = row->units[0].lead;
                size_t of = lead.find(" of ");
                if (of != std::string::npos && r.chance(0.5)) {
                    row->lead_head = lead.substr(0, of + 3);
                    row->lead_tail = lead.substr(of + 4);
                } else {
                    row->lead_head = lead;
                }
                return;
            }
        }
        s.row_split = RowSplit::none;  // no row can be cut mid-phrase: recorded as none
    }

    void make_matrix() {
        GPlan main;
        main.start_year = r.between(2011, 2018);
        main.end_year = main.start_year + r.between(1, 3);
        main.title = (r.chance(0.5) ? "HSCB BUSINESS PLAN " : "Business Plan ") + std::to_string(main.start_year) + "-" +
                     two_digits(main.end_year) + (r.chance(0.4) ? ": Progress Report" : "");
        Strings titles = priority_titles();
        r.shuffle(titles);
        int n = r.between(2, 4);
        for (int i = 1; i <= n; ++i) {
            GPriority p;
            p.ordinal = i;
            p.number = priority_number(i);
            p.ref = p.number;
            if (!p.ref.empty() && p.ref.back() == '.') p.ref.pop_back();
            p.raw_title = titles[static_cast<size_t>(i - 1)];
            p.title = s.priority_label == PriorityLabel::upper_hyphen ? upper(p.raw_title) : p.raw_title;
            main.priorities.push_back(p);
        }
        plans.push_back(main);
        Strings ws = workstreams();
        r.shuffle(ws);
        ws.resize(static_cast<size_t>(r.between(2, 4)));
        matrix.streams = ws;
        matrix.cells.assign(static_cast<size_t>(n), std::vector<Strings>(ws.size()));
        matrix.markers.assign(static_cast<size_t>(n), std::vector<std::string>(ws.size()));
        bool any = false;
        for (int p = 0; p < n; ++p)
            for (size_t w = 0; w < ws.size(); ++w) {
                if (s.none_marker != NoneMarker::absent && r.chance(0.15)) {
                    matrix.markers[static_cast<size_t>(p)][w] =
                        s.none_marker == NoneMarker::en_dash ? kEnDash : s.none_marker == NoneMarker::hyphen ? "-"
                        : s.none_marker == NoneMarker::na ? "n/a" : "None";
                    continue;
                }
                int k = r.below(4);
                for (int i = 0; i < k; ++i) matrix.cells[static_cast<size_t>(p)][w].push_back(new_action_text());
                any = any || k > 0;
            }
        if (!any) matrix.cells[0][0].push_back(new_action_text());
    }

    // ----- expected actions
    void make_expected() {
        if (is_matrix(s.family)) {
            const GPlan& plan = plans[0];
            for (size_t p = 0; p < plan.priorities.size(); ++p)
                for (size_t w = 0; w < matrix.streams.size(); ++w)
                    for (const auto& t : matrix.cells[p][w]) {
                        ExpectedAction a;
                        a.priority_ref = plan.priorities[p].ref;
                        a.priority = plan.priorities[p].title;
                        a.action = t;
                        a.workstream = matrix.streams[w];
                        expected.push_back(a);
                    }
            return;
        }
        for (const auto& plan : plans)
            for (const auto& p : plan.priorities)
                for (const auto& g : p.groups)
                    for (const auto& row : g.rows)
                        for (const auto& u : row.units) {
                            ExpectedAction a;
                            a.priority_ref = p.ref;
                            a.priority = p.title;
                            a.outcome = s.outcome == OutcomeForm::absent ? "" : g.outcome;
                            a.action_ref = u.ref;
                            a.action = u.text;
                            a.lead = s.columns_dropped == ColumnsDropped::lead ? "" : u.lead;
                            a.timescale = s.columns_dropped == ColumnsDropped::timescale ? "" : u.timescale;
                            a.due = s.columns_dropped == ColumnsDropped::timescale ? "" : u.due;
                            a.rag = rag_name(s.rag == RagStyle::none ? Rag::Unknown : u.rag);
                            a.progress = u.progress;
                            expected.push_back(a);
                        }
    }
};


// ---------------------------------------------------------------------------------------------------------
// 5. the Document
// ---------------------------------------------------------------------------------------------------------

enum class Role { Priority, Ref, Outcome, Strategy, Action, Lead, Partners, Timescale, Measures, Budget, Risks, Links,
                  Rag, RagQ, Tick, Progress, ProgressQ };
struct Column {
    Role role;
    std::string header;
    int index = 0;  // quarter (0-based) or tick column
};

struct TRow {
    enum Kind { Title, Header, PriorityBand, OutcomeBand, LabelRow, IntroRow, Action, SplitTail } kind;
    const GPriority* p = nullptr;
    const GGroup* g = nullptr;
    const GRow* row = nullptr;
    std::string label, value;
};
struct Item {
    enum Kind { Para, Tab, Rows, Break } kind = Para;
    Paragraph para;
    Table table;
    std::vector<TRow> rows;
    size_t split_at = 0;  // Rows: 0 = not split; else the continuation starts at this row
};

Paragraph P(const std::string& text) {
    Paragraph p;
    p.text = text;
    return p;
}
Paragraph Bold(const std::string& text, double size = 0) {
    Paragraph p = P(text);
    p.bold = true;
    p.font_size = size;
    return p;
}
Paragraph Listed(const std::string& text, const std::string& label, int level = 0) {
    Paragraph p = P(text);
    p.list_label = label;
    p.list_level = level;
    p.style = "ListParagraph";
    return p;
}
Paragraph Heading(const std::string& text, int level) {
    Paragraph p = P(text);
    p.heading_level = level;
    p.style = "Heading" + std::to_string(level);
    p.bold = true;
    p.font_size = level == 1 ? 16 : level == 2 ? 14 : 12;
    return p;
}
Cell C(std::vector<Paragraph> paras, const std::string& fill = "") {
    Cell c;
    c.paragraphs = std::move(paras);
    c.fill = fill;
    return c;
}
Cell T(const std::string& text, const std::string& fill = "") {
    return text.empty() ? C({}, fill) : C({P(text)}, fill);
}

struct Renderer {
    Builder& b;
    LayoutSpec& s;
    Rng& r;
    Lexicon& lex;
    std::vector<Column> cols;
    std::vector<Item> items;
    std::map<const GPriority*, std::vector<Distractor>> after_priority;
    std::vector<Distractor> at_intro, at_end;
    bool key_at_intro = false;
    bool key_done = false;

    explicit Renderer(Builder& builder) : b(builder), s(builder.s), r(builder.r), lex(builder.lex) {}

    bool pdf() const { return s.format == Format::pdf; }
    bool header_marked() const { return s.header_row_flag != HeaderRowFlag::unmarked; }
    void para(const Paragraph& p) { Item it; it.kind = Item::Para; it.para = p; items.push_back(std::move(it)); }
    void table(const Table& t) { Item it; it.kind = Item::Tab; it.table = t; items.push_back(std::move(it)); }
    void page_break() { Item it; it.kind = Item::Break; items.push_back(std::move(it)); }

    // ----- priority labels
    Strings label_lines(const GPriority& p) const {
        const std::string& n = p.number;
        const std::string& t = p.raw_title;
        switch (s.priority_label) {
        case PriorityLabel::priority_colon: return {"Priority " + n + ": " + t};
        case PriorityLabel::priority_dash: return {"Priority " + n + " " + kEnDash + " " + t};
        case PriorityLabel::upper_hyphen: return {"PRIORITY " + n + " - " + upper(t)};
        case PriorityLabel::objective_colon: return {"Objective " + n + ": " + t};
        case PriorityLabel::theme_colon: return {"Theme " + n + ": " + t};
        case PriorityLabel::strategic_dash: return {"Strategic Priority " + n + " " + kEnDash + " " + t};
        case PriorityLabel::bare_space: return {n + " " + t};
        case PriorityLabel::bare_colon: return {n + ": " + t};
        case PriorityLabel::two_lines:
            return {s.priority_number == PriorityNumber::p_code || s.priority_number == PriorityNumber::sp_code ? n : "Priority " + n, t};
        case PriorityLabel::title_only: return {t};
        }
        return {t};
    }
    std::string label_line(const GPriority& p) const { return join(label_lines(p), " "); }
    std::vector<Paragraph> label_paras(const GPriority& p) const {
        std::vector<Paragraph> out;
        for (const auto& l : label_lines(p)) out.push_back(Bold(l));
        return out;
    }
    std::pair<std::string, std::string> block_label(const GPriority& p) const {
        const std::string& n = p.number;
        switch (s.priority_label) {
        case PriorityLabel::upper_hyphen: return {"PRIORITY " + n, upper(p.raw_title)};
        case PriorityLabel::objective_colon: return {"Objective " + n, p.raw_title};
        case PriorityLabel::theme_colon: return {"Theme " + n, p.raw_title};
        case PriorityLabel::strategic_dash: return {"Strategic Priority " + n, p.raw_title};
        case PriorityLabel::bare_space: return {n, p.raw_title};
        case PriorityLabel::title_only: return {"Priority", p.raw_title};
        default: return {"Priority " + n, p.raw_title};
        }
    }

    // ----- columns of the rows family
    std::string quarter_header(const std::string& form, int q, int y0) const {
        static const char* months[] = {"June", "September", "December", "March"};
        std::string h = replace_all(form, "{q}", std::to_string(q + 1));
        h = replace_all(h, "{month}", months[q % 4]);
        return replace_all(h, "{year}", std::to_string(q >= 3 ? y0 + 1 : y0));
    }
    void make_columns() {
        const GPlan& plan = b.plans.back();
        std::vector<std::vector<Column>> blocks;
        auto name = [&](const char* role) { return r.pick(vocab(role)); };
        if (s.ref_place == RefPlace::column || s.ref_place == RefPlace::list_label_column) blocks.push_back({{Role::Ref, name("ref")}});
        if (s.outcome == OutcomeForm::repeated || s.outcome == OutcomeForm::first_only || s.outcome == OutcomeForm::merged)
            blocks.push_back({{Role::Outcome, name("outcome")}});
        if (s.action_levels == ActionLevels::strategy_column)
            blocks.push_back({{Role::Strategy, name("strategy")}, {Role::Action, r.chance(0.6) ? "What will it do?" : name("action")}});
        else
            blocks.push_back({{Role::Action, name("action")}});
        if (s.columns_dropped != ColumnsDropped::lead) blocks.push_back({{Role::Lead, name("lead")}});
        if (has(s.columns_other, OtherColumn::partners)) blocks.push_back({{Role::Partners, name("partners")}});
        if (s.columns_dropped != ColumnsDropped::timescale) blocks.push_back({{Role::Timescale, name("timescale")}});
        if (has(s.columns_other, OtherColumn::measures)) blocks.push_back({{Role::Measures, name("measures")}});
        if (has(s.columns_other, OtherColumn::budget)) blocks.push_back({{Role::Budget, name("budget")}});
        if (has(s.columns_other, OtherColumn::risks)) blocks.push_back({{Role::Risks, name("risks")}});
        if (has(s.columns_other, OtherColumn::links)) blocks.push_back({{Role::Links, name("links")}});
        if (rag_column_style(s.rag)) {
            blocks.push_back({{Role::Rag, name("rag")}});
        } else if (s.rag == RagStyle::per_quarter) {
            std::vector<Column> q;
            for (int i = 0; i < lex.rag_quarters; ++i) q.push_back({Role::RagQ, quarter_header(lex.rag_quarter_header, i, plan.start_year), i});
            blocks.push_back(q);
        } else if (s.rag == RagStyle::ticks) {
            std::vector<Column> t;
            const auto& set = tick_set(lex.tick_set);
            for (size_t i = 0; i < set.size(); ++i) t.push_back({Role::Tick, set[i].header, static_cast<int>(i)});
            blocks.push_back(t);
        }
        if (s.progress == ProgressForm::single || s.progress == ProgressForm::rag_in_text) {
            blocks.push_back({{Role::Progress, name("progress")}});
        } else if (s.progress == ProgressForm::per_quarter) {
            std::vector<Column> q;
            std::string form = s.header_names == HeaderNames::dated ? std::string("Update {month} {year}") : lex.quarter_header;
            for (int i = 0; i < lex.quarters; ++i) q.push_back({Role::ProgressQ, quarter_header(form, i, plan.start_year), i});
            blocks.push_back(q);
        }
        if (s.columns_order == ColumnsOrder::varied) {
            std::vector<Role> before;
            for (auto& bl : blocks) before.push_back(bl[0].role);
            for (int tries = 0; tries < 5; ++tries) {
                r.shuffle(blocks);
                std::vector<Role> after;
                for (auto& bl : blocks) after.push_back(bl[0].role);
                if (after != before || blocks.size() < 2) break;  // varied: not the conventional order
            }
        }
        if (first_col_source(s.priority_source)) blocks.insert(blocks.begin(), {{Role::Priority, name("priority")}});
        cols.clear();
        for (auto& bl : blocks)
            for (auto& c : bl) cols.push_back(c);
        // header names from no list, or carrying a date or a scale
        for (auto& c : cols) {
            if (s.header_names == HeaderNames::unlisted &&
                ((c.role == Role::Action && s.unlisted_role == UnlistedRole::action) ||
                 (c.role == Role::Lead && s.unlisted_role == UnlistedRole::lead) ||
                 (c.role == Role::Timescale && s.unlisted_role == UnlistedRole::timescale) ||
                 (c.role == Role::Rag && s.unlisted_role == UnlistedRole::rag)))
                c.header = r.pick(vocab(std::string("unlisted_") + name_of(s.unlisted_role)));
        }
        if (s.header_names == HeaderNames::dated) {
            auto rag = std::find_if(cols.begin(), cols.end(), [](const Column& c) { return c.role == Role::Rag; });
            auto prog = std::find_if(cols.begin(), cols.end(), [](const Column& c) { return c.role == Role::Progress; });
            if (rag != cols.end() && (s.rag == RagStyle::number_key || prog == cols.end())) {
                rag->header = s.rag == RagStyle::number_key
                                  ? "Assessment of progress Categories 1 - " + std::to_string(number_key(lex.number_key).size())
                                  : "RAG at March " + std::to_string(plan.start_year + 1);
            } else if (prog != cols.end()) {
                Strings forms = {"Progress presented to Committee Dec " + std::to_string(plan.start_year),
                                 "Update to the Board March " + std::to_string(plan.start_year + 1),
                                 "Position at September " + std::to_string(plan.start_year)};
                prog->header = r.pick(forms);
            }
        }
    }

    // ----- cell contents
    std::string status_text(Rag rag, bool milestone) const {
        int k = rag_index(rag);
        switch (s.rag) {
        case RagStyle::letter:
        case RagStyle::letter_fill:
            return k == 0 ? (milestone ? kEnDash : "") : lex.letters[k];
        case RagStyle::word:
        case RagStyle::word_fill:
            return k == 0 ? (milestone ? std::string(kEnDash) : lex.words[0]) : lex.words[k];
        case RagStyle::number_key:
            for (const auto& e : number_key(lex.number_key))
                if (e.rag == rag) return e.number;
            return milestone ? kEnDash : "";
        default:
            return "";
        }
    }
    std::string prefix_of(const std::string& printed) const {
        if (printed.empty()) return "";
        if (s.ref_style == RefStyle::letter_num_dash) return printed + " " + kEnDash + " ";
        if (s.ref_style == RefStyle::plain) return printed + ". ";
        return printed + " ";
    }
    std::string list_label_of(const std::string& printed) const {
        return s.ref_style == RefStyle::plain ? printed + "." : printed;
    }
    Paragraph with_ref(const std::string& text, const std::string& printed) const {
        if (s.ref_place == RefPlace::prefix) return P(prefix_of(printed) + text);
        if (s.ref_place == RefPlace::list_label_action && !printed.empty()) return Listed(text, list_label_of(printed));
        return P(text);
    }
    Paragraph bullet(const std::string& text) const {
        switch (s.bullet_glyph) {
        case BulletGlyph::label_bullet: return Listed(text, "\xE2\x80\xA2", 1);
        case BulletGlyph::label_symbol: return Listed(text, "\xEF\x82\xB7", 1);
        case BulletGlyph::label_o: return Listed(text, "o", 1);
        case BulletGlyph::literal_hyphen: return P("- " + text);
        case BulletGlyph::literal_square: return P("\xE2\x96\xAA " + text);
        case BulletGlyph::literal_o: return P("o " + text);
        default: return P("\xE2\x80\xA2 " + text);
        }
    }
    std::vector<Paragraph> action_paras(const GRow& row, bool split_head) const {
        std::vector<Paragraph> out;
        switch (row.kind) {
        case RowKind::Single:
            out.push_back(with_ref(split_head ? row.head : row.units[0].shown, row.units[0].printed_ref));
            break;
        case RowKind::Bullets:
            for (size_t i = 0; i < row.units.size(); ++i)
                out.push_back(i == 0 && row.plain_first ? P(row.units[i].shown) : bullet(row.units[i].shown));
            break;
        case RowKind::LeadIn:
            out.push_back(with_ref(row.units[0].lead_in, row.units[0].printed_ref));
            for (const auto& it : row.units[0].items) out.push_back(bullet(it));
            break;
        case RowKind::Milestones:
            // cut by a page break: the first milestone's head only, the rest on the next page
            if (split_head) out.push_back(P(row.units[0].printed_ref + " " + row.head));
            else
                for (const auto& u : row.units) out.push_back(P(u.printed_ref + " " + u.shown));
            break;
        case RowKind::NoneMarker:
            out.push_back(P(row.marker));
            break;
        }
        return out;
    }
    // Part of a split milestone row: the head (before the page break) holds the first milestone's paragraph,
    // the tail the others'; a value shared by the row is in the head.
    enum class Part { Whole, Head, Tail };
    Part part_of(const GRow& row, bool tail) const {
        if (!row.split || row.kind != RowKind::Milestones) return Part::Whole;
        return tail ? Part::Tail : Part::Head;
    }
    std::vector<Paragraph> per_unit(const GRow& row, Mode mode, const std::function<std::string(const Unit&)>& value,
                                    Part part = Part::Whole) const {
        std::vector<Paragraph> out;
        if (row.kind != RowKind::Milestones || mode == Mode::Single) {
            std::string v = row.units.empty() || part == Part::Tail ? "" : value(row.units[0]);
            if (!v.empty()) out.push_back(P(v));
            return out;
        }
        for (size_t i = 0; i < row.units.size(); ++i) {
            if ((part == Part::Head && i > 0) || (part == Part::Tail && i == 0)) continue;
            const Unit& u = row.units[i];
            out.push_back(P(mode == Mode::PerNumbered ? u.printed_ref + " " + value(u) : value(u)));
        }
        return out;
    }
    Cell rag_cell(const GRow& row, Part part = Part::Whole) const {
        if (row.kind == RowKind::NoneMarker) return Cell{};
        const Unit& u = row.units[0];
        std::string fill = s.rag == RagStyle::fill_only || s.rag == RagStyle::letter_fill || s.rag == RagStyle::word_fill
                               ? lex.fills[rag_index(u.rag)] : "";
        if (row.kind == RowKind::Milestones && !fills_style(s.rag)) {
            std::vector<Paragraph> ps;
            for (size_t i = 0; i < row.units.size(); ++i)
                if (!((part == Part::Head && i > 0) || (part == Part::Tail && i == 0)))
                    ps.push_back(P(status_text(row.units[i].rag, true)));
            return C(ps);
        }
        return T(status_text(u.rag, false), fill);
    }

    /// The cells of one action row (or of its tail after a page break).
    std::vector<Cell> action_cells(const std::vector<TRow>& rows, size_t i) const {
        const TRow& tr = rows[i];
        const GRow& row = *tr.row;
        bool tail = tr.kind == TRow::SplitTail;
        Part part = part_of(row, tail);
        const GPriority& p = *tr.p;
        const GGroup& g = *tr.g;
        const GRow* first_of_priority = &p.groups[0].rows[0];
        const GRow* first_of_group = &g.rows[0];
        auto in_run = [&](size_t j) { return rows[j].kind == TRow::Action || rows[j].kind == TRow::SplitTail; };
        auto run_length = [&](const std::function<bool(const TRow&)>& same) {
            if (i > 0 && in_run(i - 1) && same(rows[i - 1])) return 0;  // covered by the cell above
            int n = 0;
            for (size_t j = i; j < rows.size() && in_run(j) && same(rows[j]); ++j) ++n;
            return n;
        };
        std::string rowfill;
        if (s.rag == RagStyle::fill_row && row.kind != RowKind::NoneMarker) rowfill = lex.fills[rag_index(row.units[0].rag)];
        std::vector<Cell> out;
        for (size_t c = 0; c < cols.size(); ++c) {
            const Column& col = cols[c];
            Cell cell;
            bool span_role = false;
            switch (col.role) {
            case Role::Priority: {
                if (s.priority_source == PrioritySource::first_col_merged) {
                    int n = run_length([&](const TRow& o) { return o.p == tr.p; });
                    if (n == 0) continue;
                    cell = C(rows[i].row == first_of_priority && !tail ? label_paras(p) : std::vector<Paragraph>{});
                    cell.rowspan = n;
                    span_role = true;
                } else if (s.priority_source == PrioritySource::first_col_repeated) {
                    if (!tail) cell = C(label_paras(p));
                } else if (&row == first_of_priority && !tail) {
                    cell = C(label_paras(p));
                }
                break;
            }
            case Role::Outcome: {
                if (s.outcome == OutcomeForm::merged) {
                    int n = run_length([&](const TRow& o) { return o.g == tr.g; });
                    if (n == 0) continue;
                    cell = T(&row == first_of_group && !tail ? g.outcome : "");
                    cell.rowspan = n;
                    span_role = true;
                } else if (s.outcome == OutcomeForm::repeated) {
                    if (!tail) cell = T(g.outcome);
                } else if (&row == first_of_group && !tail) {
                    cell = T(g.outcome);
                }
                break;
            }
            case Role::Strategy: {
                int n = run_length([&](const TRow& o) { return o.g == tr.g && o.row->strategy == row.strategy; });
                if (n == 0) continue;
                cell = T(row.strategy_first && !tail && row.strategy >= 0 ? g.strategies[static_cast<size_t>(row.strategy)] : "");
                cell.rowspan = n;
                span_role = true;
                break;
            }
            case Role::Ref:
                if (tail || row.kind == RowKind::NoneMarker || row.printed_ref.empty()) break;
                if (s.ref_place == RefPlace::list_label_column) cell = C({Listed("", list_label_of(row.printed_ref))});
                else cell = T(row.printed_ref);
                break;
            case Role::Action:
                if (tail) {
                    cell = T(row.tail);
                    if (row.kind == RowKind::Milestones)  // the milestones after the one cut
                        for (size_t m = 1; m < row.units.size(); ++m)
                            cell.paragraphs.push_back(P(row.units[m].printed_ref + " " + row.units[m].shown));
                } else {
                    cell = C(action_paras(row, row.split));
                }
                if (s.rag == RagStyle::fill_action && row.kind != RowKind::NoneMarker) cell.fill = lex.fills[rag_index(row.units[0].rag)];
                break;
            case Role::Lead:
                if (row.kind == RowKind::NoneMarker) { if (row.marker != "None") cell = T(row.marker); break; }
                if (s.lead_merge == LeadMerge::merged || s.lead_merge == LeadMerge::printed_once) {
                    // one cell over the run of one-action rows of the group with this lead (a split row ends it)
                    auto same = [&](const TRow& o) {
                        return o.kind == TRow::Action && o.g == tr.g && o.row->kind == RowKind::Single && !o.row->split &&
                               o.row->units[0].lead == row.units[0].lead;
                    };
                    if (same(tr)) {
                        int n = run_length(same);
                        if (n == 0) continue;
                        cell = T(row.units[0].lead);
                        cell.rowspan = n;
                        span_role = true;
                        break;
                    }
                }
                if (part != Part::Whole) { cell = C(per_unit(row, row.lead_mode, [](const Unit& u) { return u.lead; }, part)); break; }
                if (tail) { cell = T(row.lead_tail); break; }
                if (row.split) { cell = T(row.lead_head); break; }
                cell = C(per_unit(row, row.lead_mode, [](const Unit& u) { return u.lead; }));
                break;
            case Role::Timescale:
                if (row.kind == RowKind::NoneMarker) { cell = T(row.marker); break; }
                if (tail && part == Part::Whole) break;
                cell = C(per_unit(row, row.time_mode, [](const Unit& u) { return u.timescale; }, part));
                break;
            case Role::Rag:
                cell = rag_cell(row, part);
                if (tail && part == Part::Whole) cell.paragraphs.clear();
                break;
            case Role::RagQ: {
                if (tail || row.kind == RowKind::NoneMarker) break;
                int k = row.units[0].rag_q[static_cast<size_t>(col.index)];
                if (k >= 0) cell = T(lex.letters[k]);
                break;
            }
            case Role::Tick:
                if (tail || row.kind == RowKind::NoneMarker) break;
                if (row.units[0].rag != Rag::Unknown && tick_set(lex.tick_set)[static_cast<size_t>(col.index)].rag == row.units[0].rag)
                    cell = T(lex.tick_mark);
                break;
            case Role::Progress:
                if (row.kind != RowKind::NoneMarker && (!tail || part != Part::Whole))
                    cell = C(per_unit(row, row.progress_mode, [](const Unit& u) { return u.progress_shown; }, part));
                if (s.rag == RagStyle::fill_progress && row.kind != RowKind::NoneMarker) cell.fill = lex.fills[rag_index(row.units[0].rag)];
                break;
            case Role::ProgressQ:
                if (tail || row.kind == RowKind::NoneMarker) break;
                cell = T(row.units[0].progress_q[static_cast<size_t>(col.index)]);
                break;
            case Role::Partners: if (!tail) cell = T(row.others.count(OtherColumn::partners) ? row.others.at(OtherColumn::partners) : ""); break;
            case Role::Measures: if (!tail) cell = T(row.others.count(OtherColumn::measures) ? row.others.at(OtherColumn::measures) : ""); break;
            case Role::Budget: if (!tail) cell = T(row.others.count(OtherColumn::budget) ? row.others.at(OtherColumn::budget) : ""); break;
            case Role::Risks: if (!tail) cell = T(row.others.count(OtherColumn::risks) ? row.others.at(OtherColumn::risks) : ""); break;
            case Role::Links: if (!tail) cell = T(row.others.count(OtherColumn::links) ? row.others.at(OtherColumn::links) : ""); break;
            }
            if (!rowfill.empty() && !span_role) cell.fill = rowfill;
            cell.col = static_cast<int>(c);
            out.push_back(std::move(cell));
        }
        return out;
    }

    Table build_rows_table(const std::vector<TRow>& rows, int& page) const {
        Table t;
        int ncols = static_cast<int>(cols.size());
        t.columns = ncols;
        t.page = pdf() ? page : 0;
        int zebra = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            const TRow& tr = rows[i];
            Row row;
            auto full = [&](std::vector<Paragraph> ps, const std::string& fill) {
                Cell c = C(std::move(ps), fill);
                c.colspan = ncols;
                row.cells.push_back(std::move(c));
            };
            switch (tr.kind) {
            case TRow::Title:
                full(label_paras(*tr.p), lex.band_fill);
                break;
            case TRow::Header:
                for (size_t c = 0; c < cols.size(); ++c) {
                    std::string h = cols[c].header;
                    if (cols[c].role == Role::Action && s.priority_source == PrioritySource::table_header_cell) h = label_line(*tr.p);
                    Cell cell = C({Bold(h)}, lex.header_fill);
                    cell.col = static_cast<int>(c);
                    row.cells.push_back(cell);
                }
                row.is_header = header_marked();
                break;
            case TRow::PriorityBand:
                full(label_paras(*tr.p), lex.band_fill);
                break;
            case TRow::OutcomeBand:
                full({P(s.priority_source == PrioritySource::band_row ? lex.outcome_label + ": " + tr.g->outcome : tr.g->outcome)},
                     s.priority_source == PrioritySource::band_row ? "" : lex.band_fill);
                break;
            case TRow::LabelRow: {
                Cell l = C({Bold(tr.label)}, lex.label_fill);
                Cell v = T(tr.value);
                v.col = 1;
                v.colspan = ncols - 1;
                row.cells.push_back(l);
                row.cells.push_back(v);
                break;
            }
            case TRow::IntroRow:
                full({P(tr.label)}, "");
                break;
            case TRow::Action:
            case TRow::SplitTail: {
                if (tr.kind == TRow::SplitTail) {
                    ++page;
                    row.page_break_before = true;
                } else {
                    ++zebra;
                }
                row.cells = action_cells(rows, i);
                if (s.table_style == TableStyle::zebra && zebra % 2 == 0)
                    for (auto& c : row.cells)
                        if (c.fill.empty() && c.rowspan == 1) c.fill = "#F2F2F2";
                break;
            }
            }
            int col = 0;
            for (auto& c : row.cells) {
                if (tr.kind != TRow::Action && tr.kind != TRow::SplitTail && tr.kind != TRow::Header) c.col = col;
                col = c.col + c.colspan;
                c.row = static_cast<int>(i);
                c.page = pdf() ? page : 0;
            }
            row.page = pdf() ? page : 0;
            t.rows.push_back(std::move(row));
        }
        if (s.lead_merge == LeadMerge::printed_once) print_merged_once(t);
        return t;
    }

    // A table without borders shows the lead merged over rows as its text in the first row, blank cells below.
    void print_merged_once(Table& t) const {
        t.borderless = true;
        for (size_t r = 0; r < t.rows.size(); ++r)
            for (auto& c : t.rows[r].cells) {
                if (c.rowspan <= 1 || c.col >= static_cast<int>(cols.size()) || cols[static_cast<size_t>(c.col)].role != Role::Lead) continue;
                for (int k = 1; k < c.rowspan && r + static_cast<size_t>(k) < t.rows.size(); ++k) {
                    Row& below = t.rows[r + static_cast<size_t>(k)];
                    Cell blank;
                    blank.row = c.row + k, blank.col = c.col, blank.colspan = c.colspan, blank.page = below.page;
                    auto at = std::find_if(below.cells.begin(), below.cells.end(), [&](const Cell& x) { return x.col > c.col; });
                    below.cells.insert(at, blank);
                }
                c.rowspan = 1;
            }
    }

    // ----- blocks around the tables
    void priority_block(const GPriority& p) {
        switch (s.priority_source) {
        case PrioritySource::heading1: para(Heading(label_line(p), 1)); break;
        case PrioritySource::heading2: para(Heading(label_line(p), 2)); break;
        case PrioritySource::heading3: para(Heading(label_line(p), 3)); break;
        case PrioritySource::function_groups: para(Heading(p.title, 2)); break;
        case PrioritySource::bold_paragraph: {
            Paragraph h = Bold(label_line(p), 14);
            h.style = "Normal";
            para(h);
            break;
        }
        case PrioritySource::list_item: {
            std::string label = p.number;
            if (s.priority_number == PriorityNumber::digit || s.priority_number == PriorityNumber::letter ||
                s.priority_number == PriorityNumber::roman)
                label += ".";
            Paragraph h = Listed(p.raw_title, label);
            h.bold = true;
            para(h);
            break;
        }
        case PrioritySource::labelled_paragraphs: {
            para(Bold(label_line(p), 12));
            para(P("Strategic Lead from the Executive: " + b.fill_place(r.pick(leads()))));
            para(Bold("OBJECTIVES:"));
            bool listed = r.chance(0.5);
            for (const auto& o : p.objectives) para(listed ? Listed(o, "\xE2\x80\xA2") : P(o));
            break;
        }
        case PrioritySource::label_value_block:
            if (s.label_block_table == LabelBlockTable::separate) {
                std::vector<TRow> rows = label_rows(p);
                Table t;
                t.columns = 2;
                for (size_t i = 0; i < rows.size(); ++i) {
                    Row row;
                    Cell l = C({Bold(rows[i].label)}, lex.label_fill);
                    Cell v = T(rows[i].value);
                    l.row = v.row = static_cast<int>(i);
                    v.col = 1;
                    row.cells = {l, v};
                    t.rows.push_back(row);
                }
                table(t);
            }
            break;
        default:
            break;
        }
    }
    std::vector<TRow> label_rows(const GPriority& p) {
        std::vector<TRow> rows;
        auto [label, value] = block_label(p);
        rows.push_back({TRow::LabelRow, &p, nullptr, nullptr, label, value});
        rows.push_back({TRow::LabelRow, &p, nullptr, nullptr, "Lead group", p.lead_group});
        if (s.outcome == OutcomeForm::label_value_row)
            rows.push_back({TRow::LabelRow, &p, nullptr, nullptr,
                            r.pick(Strings{"Desired outcome", "Outcome we want", "Intended outcome"}), p.groups[0].outcome});
        if (r.chance(0.5)) rows.push_back({TRow::LabelRow, &p, nullptr, nullptr, "Why is this important?", p.why});
        if (r.chance(0.5)) rows.push_back({TRow::LabelRow, &p, nullptr, nullptr, "How we will know", p.measures});
        return rows;
    }
    void push_rows(std::vector<TRow>& rows, const GPriority& p, const GGroup& g) {
        if (s.outcome == OutcomeForm::band_row) rows.push_back({TRow::OutcomeBand, &p, &g, nullptr, "", ""});
        for (const auto& row : g.rows) {
            rows.push_back({TRow::Action, &p, &g, &row, "", ""});
            if (row.split) rows.push_back({TRow::SplitTail, &p, &g, &row, "", ""});
        }
    }
    void rows_item(std::vector<TRow> rows) {
        Item it;
        it.kind = Item::Rows;
        it.rows = std::move(rows);
        items.push_back(std::move(it));
    }

    void plan_title(const GPlan& plan, bool first) {
        if (first) para(Bold(lex.board, 16));
        Paragraph t = Bold(plan.title, 16);
        t.style = "Title";
        para(t);
        if (first && r.chance(0.5)) para(P("Approved by the Board on 18 June " + std::to_string(plan.start_year)));
        para(Heading(r.chance(0.5) ? "About this plan" : "Introduction", 1));
        para(P("This plan sets out what the Board and its partner agencies will do to make sure that children and young "
               "people in " + lex.place + " are safe."));
        if (r.chance(0.5))
            para(P("Each priority has a lead sub-group, which holds a more detailed work plan. The Executive Group "
                   "monitors this plan every quarter."));
        if (s.intro_list == IntroList::numbered) {
            para(Heading("Our priorities", 2));
            for (const auto& p : plan.priorities) {
                if (s.priority_number == PriorityNumber::digit || s.priority_number == PriorityNumber::letter ||
                    s.priority_number == PriorityNumber::roman || s.priority_number == PriorityNumber::digit_dot)
                    para(Listed(p.raw_title, p.ref + "."));
                else
                    para(Listed(p.number + " " + p.raw_title, "\xE2\x80\xA2"));
            }
        } else if (s.intro_list == IntroList::unnumbered) {
            para(Heading(r.chance(0.5) ? "Our priorities" : "The Board's priorities for " + std::to_string(plan.start_year), 2));
            for (const auto& p : plan.priorities) para(P(p.raw_title));
        }
        if (first) {
            for (Distractor d : at_intro) distractor(d);
            if (key_at_intro) key();
        }
    }

    // ----- keys and tables that are not action tables
    void key() {
        if (key_done || s.rag_key == RagKey::none) return;
        key_done = true;
        if (r.chance(0.5)) para(Heading(r.chance(0.5) ? "Status key" : "Key to status ratings", 2));
        if (s.rag == RagStyle::number_key) {
            const auto& k = number_key(lex.number_key);
            if (s.rag_key == RagKey::sentence) {
                Strings parts;
                for (const auto& e : k) parts.push_back(std::string(e.number) + " = " + e.meaning);
                para(P("Key: " + join(parts, ", ") + "."));
            } else {
                std::vector<std::vector<std::string>> rows;
                for (const auto& e : k) rows.push_back({e.number, e.meaning});
                simple(rows, r.chance(0.5) ? Strings{"Score", "Meaning"} : Strings{});
            }
            return;
        }
        colour_key(s.rag_key == RagKey::sentence);
    }
    void colour_key(bool sentence) {
        std::string complete = fills_style(s.rag) ? lex.colour_name_complete : "Grey";
        std::string complete_fill = fills_style(s.rag) ? lex.fills[1] : "#A6A6A6";
        if (sentence) {
            int form = r.below(3);
            if (form == 0)
                para(P("Key: " + complete + " = complete; Green = on track; Amber = some slippage; Red = off track."));
            else if (form == 1 && (complete == "Grey" || complete == "Blue"))
                para(P("Items highlighted in " + complete + " denotes work completed."));
            else
                para(P("The colour of the status cell shows progress: " + complete + " = complete; Green = on track; "
                       "Amber = some slippage; Red = off track. A blank cell means the action has not yet been rated."));
            return;
        }
        Table t;
        t.columns = 2;
        bool names = r.chance(0.5);
        std::vector<std::pair<std::string, std::string>> entries = {
            {complete, complete_fill}, {"Green", fills_style(s.rag) ? lex.fills[2] : "#92D050"},
            {"Amber", fills_style(s.rag) ? lex.fills[3] : "#FFC000"}, {"Red", fills_style(s.rag) ? lex.fills[4] : "#FF0000"}};
        static const char* meanings[] = {"Complete", "On track", "Some slippage", "Off track"};
        if (r.chance(0.5)) {
            Row h;
            h.cells = {C({Bold("Colour")}, lex.header_fill), C({Bold("Meaning")}, lex.header_fill)};
            h.cells[1].col = 1;
            h.is_header = true;
            t.rows.push_back(h);
        }
        for (size_t i = 0; i < entries.size(); ++i) {
            Row row;
            row.cells = {T(names ? entries[i].first : "", entries[i].second), T(meanings[i])};
            row.cells[1].col = 1;
            for (auto& c : row.cells) c.row = static_cast<int>(t.rows.size());
            t.rows.push_back(row);
        }
        table(t);
    }
    void simple(const std::vector<std::vector<std::string>>& rows, const Strings& header) {
        Table t;
        size_t ncols = header.empty() ? rows[0].size() : header.size();
        t.columns = static_cast<int>(ncols);
        if (!header.empty()) {
            Row h;
            for (size_t c = 0; c < header.size(); ++c) {
                Cell cell = C({Bold(header[c])}, lex.header_fill);
                cell.col = static_cast<int>(c);
                h.cells.push_back(cell);
            }
            h.is_header = header_marked();
            t.rows.push_back(h);
        }
        for (const auto& rr : rows) {
            Row row;
            for (size_t c = 0; c < rr.size(); ++c) {
                Cell cell = T(rr[c]);
                cell.col = static_cast<int>(c);
                cell.row = static_cast<int>(t.rows.size());
                row.cells.push_back(cell);
            }
            t.rows.push_back(row);
        }
        table(t);
    }
    void distractor(Distractor d) {
        static const std::map<Distractor, std::string> headings = {
            {Distractor::version_control, "Version control"}, {Distractor::membership, "Board membership"},
            {Distractor::budget, "Board budget"}, {Distractor::contents, "Contents"}, {Distractor::glossary, "Glossary"},
            {Distractor::sign_off, "Sign-off"}, {Distractor::subgroups, "Sub-groups of the Board"},
            {Distractor::rag_key, "RAG key"}};
        if (d == Distractor::rag_key && s.rag_key == RagKey::table && s.rag != RagStyle::number_key) return;  // the plan's key is that table
        if (r.chance(0.6)) para(Heading(headings.at(d), 2));
        const GPlan& plan = b.plans.back();
        std::string y = std::to_string(plan.start_year);
        std::string y1 = std::to_string(plan.start_year + 1);
        switch (d) {
        case Distractor::version_control:
            simple({{"0.1", "12/03/" + y, "Business Manager", "First draft"},
                    {"1.0", "30/04/" + y, "LSCB Business Manager", "Agreed by the Board"}},
                   {"Version", "Date", "Author", "Changes"});
            break;
        case Distractor::membership:
            simple({{lex.place + " Police", "Rajesh Evans", "Detective Superintendent, Public Protection"},
                    {lex.place + " Council", "Simon Cartwright", "Director of Children's Services"},
                    {"Clinical Commissioning Group", "Stephen Okonjo", "Chief Nurse"}},
                   {"Agency", "Representative", "Role"});
            break;
        case Distractor::budget:
            simple({{lex.place + " Council", "\xC2\xA3" "43,000", "\xC2\xA3" "45,450"},
                    {lex.place + " Police", "\xC2\xA3" "12,500", "\xC2\xA3" "12,500"},
                    {"Total", "\xC2\xA3" "55,500", "\xC2\xA3" "57,950"}},
                   {"Contributing partner", y + "/" + two_digits(plan.start_year + 1), y1 + "/" + two_digits(plan.start_year + 2)});
            break;
        case Distractor::contents: {
            std::vector<std::vector<std::string>> rows = {{"1. Introduction", "3"}};
            int n = 2;
            for (const auto& p : plan.priorities) rows.push_back({std::to_string(n++) + ". " + label_line(p), std::to_string(2 + n)});
            rows.push_back({std::to_string(n) + ". Appendices", "12"});
            simple(rows, {"Section", "Page"});
            break;
        }
        case Distractor::glossary:
            simple({{"CSE", "Child sexual exploitation"}, {"MASH", "Multi-Agency Safeguarding Hub"},
                    {"LADO", "Local Authority Designated Officer"}},
                   {r.chance(0.5) ? "Term" : "Abbreviation", "Meaning"});
            break;
        case Distractor::sign_off:
            simple({{lex.board + " (Independent Chair)", "James Oduya", "03 January " + y1},
                    {"Director of Children's Services", "Mei Nowak", "03 January " + y1}},
                   {"Signed on behalf of", "Name", "Date"});
            break;
        case Distractor::subgroups:
            simple({{"Policy and Procedures Sub-group", "Fiona Thackeray, Principal Social Worker", "Monthly"},
                    {"Case Review Sub-group", "Karen Evans, Independent Chair", "Six times a year"},
                    {"Health Sub-group", "Mark Garside, LADO", "Quarterly"}},
                   {"Sub-group", "Chair", "Meets"});
            break;
        case Distractor::rag_key:
            colour_key(false);
            break;
        case Distractor::none:
            break;
        }
    }
    void place_distractors() {
        bool between_ok = !in_table_source(s.priority_source) && !is_matrix(s.family);
        std::vector<const GPriority*> all;
        for (const auto& plan : b.plans)
            for (const auto& p : plan.priorities) all.push_back(&p);
        for (Distractor d : s.distractors) {
            int where = r.below(3);
            if (where == 1 && between_ok) after_priority[all[static_cast<size_t>(r.below(static_cast<int>(all.size())))]].push_back(d);
            else if (where == 0) at_intro.push_back(d);
            else at_end.push_back(d);
        }
        key_at_intro = r.chance(0.5);
    }

    // ----- families
    void rows_family() {
        make_columns();
        for (size_t pi = 0; pi < b.plans.size(); ++pi) {
            const GPlan& plan = b.plans[pi];
            plan_title(plan, pi == 0);
            if (in_table_source(s.priority_source)) {
                if (r.chance(0.5)) para(Heading("Our priorities and actions", 1));
                std::vector<TRow> rows = {{TRow::Header, &plan.priorities[0], nullptr, nullptr, "", ""}};
                for (const auto& p : plan.priorities) {
                    if (s.priority_source == PrioritySource::band_row) rows.push_back({TRow::PriorityBand, &p, nullptr, nullptr, "", ""});
                    for (const auto& g : p.groups) push_rows(rows, p, g);
                }
                rows_item(rows);
                continue;
            }
            if ((s.priority_source == PrioritySource::table_title_row || s.priority_source == PrioritySource::table_header_cell) &&
                r.chance(0.3))
                para(Heading("Action plan", 1));
            for (size_t i = 0; i < plan.priorities.size(); ++i) {
                const GPriority& p = plan.priorities[i];
                if ((i > 0 || pi > 0) && r.chance(0.4)) page_break();
                priority_block(p);
                auto start = [&](bool first_table) {
                    std::vector<TRow> rows;
                    if (s.priority_source == PrioritySource::table_title_row) rows.push_back({TRow::Title, &p, nullptr, nullptr, "", ""});
                    if (first_table && s.priority_source == PrioritySource::label_value_block &&
                        s.label_block_table == LabelBlockTable::same_table) {
                        rows = label_rows(p);
                        if (r.chance(0.5))
                            rows.push_back({TRow::IntroRow, &p, nullptr, nullptr,
                                            "The actions we will undertake in order to realise this priority are...", ""});
                    }
                    rows.push_back({TRow::Header, &p, nullptr, nullptr, "", ""});
                    return rows;
                };
                if (s.outcome == OutcomeForm::paragraph_above) {
                    for (size_t gi = 0; gi < p.groups.size(); ++gi) {
                        Paragraph o = P(lex.outcome_label + ": " + p.groups[gi].outcome);
                        o.bold = r.chance(0.5);
                        para(o);
                        std::vector<TRow> rows = start(gi == 0);
                        push_rows(rows, p, p.groups[gi]);
                        rows_item(rows);
                    }
                } else {
                    std::vector<TRow> rows = start(true);
                    for (const auto& g : p.groups) push_rows(rows, p, g);
                    rows_item(rows);
                }
                for (Distractor d : after_priority[&p]) distractor(d);
            }
        }
    }

    void cards_family() {
        for (size_t pi = 0; pi < b.plans.size(); ++pi) {
            const GPlan& plan = b.plans[pi];
            plan_title(plan, pi == 0);
            std::map<std::string, std::string> labels;
            for (const char* role : {"ref", "outcome", "action", "lead", "partners", "timescale", "measures", "budget", "risks",
                                     "links", "rag", "progress"})
                labels[role] = r.pick(vocab(role));
            if (s.header_names == HeaderNames::dated) {
                if (s.progress == ProgressForm::single || s.progress == ProgressForm::rag_in_text)
                    labels["progress"] = "Update to the Board March " + std::to_string(plan.start_year + 1);
                else if (s.rag == RagStyle::number_key)
                    labels["rag"] = "Assessment of progress Categories 1 - " + std::to_string(number_key(lex.number_key).size());
                else
                    labels["rag"] = "RAG at March " + std::to_string(plan.start_year + 1);
            }
            for (size_t i = 0; i < plan.priorities.size(); ++i) {
                const GPriority& p = plan.priorities[i];
                if ((i > 0 || pi > 0) && r.chance(0.4)) page_break();
                priority_block(p);
                for (const auto& g : p.groups) {
                    if (s.outcome == OutcomeForm::paragraph_above) {
                        Paragraph o = P(lex.outcome_label + ": " + g.outcome);
                        o.bold = r.chance(0.5);
                        para(o);
                    }
                    for (const auto& row : g.rows) card(plan, g, row, labels);
                }
                for (Distractor d : after_priority[&p]) distractor(d);
            }
        }
    }
    void card(const GPlan& plan, const GGroup& g, const GRow& row, std::map<std::string, std::string>& labels) {
        const Unit& u = row.units[0];
        std::vector<std::pair<std::string, Cell>> rows;
        if (s.ref_place == RefPlace::column && !row.printed_ref.empty()) rows.push_back({labels["ref"], T(row.printed_ref)});
        if (s.ref_place == RefPlace::list_label_column && !row.printed_ref.empty())
            rows.push_back({labels["ref"], C({Listed("", list_label_of(row.printed_ref))})});
        if (s.outcome == OutcomeForm::repeated) rows.push_back({labels["outcome"], T(g.outcome)});
        Cell action = C(action_paras(row, false));
        if (s.rag == RagStyle::fill_action) action.fill = lex.fills[rag_index(u.rag)];
        rows.push_back({labels["action"], action});
        if (s.columns_dropped != ColumnsDropped::lead) rows.push_back({labels["lead"], T(u.lead)});
        if (has(s.columns_other, OtherColumn::partners)) rows.push_back({labels["partners"], T(row.others.at(OtherColumn::partners))});
        if (s.columns_dropped != ColumnsDropped::timescale) rows.push_back({labels["timescale"], T(u.timescale)});
        if (has(s.columns_other, OtherColumn::measures)) rows.push_back({labels["measures"], T(row.others.at(OtherColumn::measures))});
        if (has(s.columns_other, OtherColumn::budget)) rows.push_back({labels["budget"], T(row.others.at(OtherColumn::budget))});
        if (has(s.columns_other, OtherColumn::risks)) rows.push_back({labels["risks"], T(row.others.at(OtherColumn::risks))});
        if (has(s.columns_other, OtherColumn::links)) rows.push_back({labels["links"], T(row.others.at(OtherColumn::links))});
        if (rag_column_style(s.rag)) rows.push_back({labels["rag"], rag_cell(row)});
        if (s.progress == ProgressForm::single || s.progress == ProgressForm::rag_in_text) {
            Cell pc = T(u.progress_shown);
            if (s.rag == RagStyle::fill_progress) pc.fill = lex.fills[rag_index(u.rag)];
            rows.push_back({labels["progress"], pc});
        }
        size_t quarters_from = rows.size();
        if (s.progress == ProgressForm::per_quarter)
            for (int q = 0; q < lex.quarters; ++q)
                rows.push_back({quarter_header(lex.quarter_header, q, plan.start_year), T(u.progress_q[static_cast<size_t>(q)])});
        if (s.columns_order == ColumnsOrder::varied) {
            // the ref row, when there is one, stays on top; the quarters' rows stay last, in order
            size_t keep = s.ref_place == RefPlace::column || s.ref_place == RefPlace::list_label_column ? 1 : 0;
            if (quarters_from > keep) {
                std::vector<std::pair<std::string, Cell>> rest(rows.begin() + static_cast<long>(keep),
                                                                rows.begin() + static_cast<long>(quarters_from));
                r.shuffle(rest);
                std::copy(rest.begin(), rest.end(), rows.begin() + static_cast<long>(keep));
            }
        }
        Table t;
        t.columns = 2;
        for (size_t i = 0; i < rows.size(); ++i) {
            Row tr;
            Cell l = C({Bold(rows[i].first)}, lex.label_fill);
            Cell v = rows[i].second;
            l.row = v.row = static_cast<int>(i);
            l.col = 0;
            v.col = 1;
            tr.cells = {l, v};
            t.rows.push_back(tr);
        }
        table(t);
    }

    void matrix_family() {
        const GPlan& plan = b.plans[0];
        plan_title(plan, true);
        if (r.chance(0.5)) para(Heading("Business plan " + std::to_string(plan.start_year) + "/" + two_digits(plan.end_year), 1));
        bool by_cols = s.family == Family::matrix_priority_cols;
        const auto& prios = plan.priorities;
        const auto& ws = b.matrix.streams;
        size_t ncols = 1 + (by_cols ? prios.size() : ws.size());
        auto header = [&]() {
            Row h;
            h.is_header = header_marked();
            h.cells.push_back(T(s.matrix_corner == MatrixCorner::workstream ? "Workstream" : "", lex.header_fill));
            for (size_t c = 1; c < ncols; ++c) {
                Cell cell = by_cols ? C(label_paras(prios[c - 1]), lex.header_fill) : C({Bold(ws[c - 1])}, lex.header_fill);
                cell.col = static_cast<int>(c);
                h.cells.push_back(cell);
            }
            return h;
        };
        auto cell_for = [&](size_t p, size_t w) {
            if (!b.matrix.markers[p][w].empty()) return T(b.matrix.markers[p][w]);
            std::vector<Paragraph> ps;
            for (const auto& t : b.matrix.cells[p][w]) {
                std::string shown = b.wrap(t);
                if (s.bullet_glyph == BulletGlyph::literal_bullet) shown = "\xE2\x80\xA2 " + shown;
                if (s.bullet_glyph == BulletGlyph::literal_square) shown = "\xE2\x96\xAA " + shown;
                ps.push_back(P(shown));
            }
            return C(ps);
        };
        std::vector<Row> data;
        size_t nrows = by_cols ? ws.size() : prios.size();
        for (size_t i = 0; i < nrows; ++i) {
            Row row;
            row.cells.push_back(by_cols ? C({Bold(ws[i])}, lex.label_fill) : C(label_paras(prios[i]), lex.label_fill));
            for (size_t c = 1; c < ncols; ++c) {
                Cell cell = by_cols ? cell_for(c - 1, i) : cell_for(i, c - 1);
                cell.col = static_cast<int>(c);
                row.cells.push_back(cell);
            }
            data.push_back(row);
        }
        size_t split = s.continuation != Continuation::none && data.size() >= 2 ? static_cast<size_t>(r.between(1, static_cast<int>(data.size()) - 1)) : 0;
        auto emit = [&](size_t from, size_t to, bool with_header) {
            Table t;
            t.columns = static_cast<int>(ncols);
            if (with_header) t.rows.push_back(header());
            for (size_t i = from; i < to; ++i) t.rows.push_back(data[i]);
            for (size_t i = 0; i < t.rows.size(); ++i)
                for (auto& c : t.rows[i].cells) c.row = static_cast<int>(i);
            table(t);
        };
        if (split == 0) {
            emit(0, data.size(), true);
        } else {
            emit(0, split, true);
            page_break();
            emit(split, data.size(), s.continuation == Continuation::header_repeated);
        }
        if (split == 0) s.continuation = Continuation::none;
    }

    // ----- the whole document
    void choose_table_split() {
        if (s.family != Family::rows || s.continuation == Continuation::none) return;
        std::vector<size_t> cands;
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].kind != Item::Rows) continue;
            int actions = 0;
            for (const auto& tr : items[i].rows) actions += tr.kind == TRow::Action;
            if (actions >= 2) cands.push_back(i);
        }
        if (cands.empty()) {
            s.continuation = Continuation::none;  // no table has two rows to split between
            return;
        }
        Item& it = items[r.pick(cands)];
        std::vector<size_t> at;
        bool seen_action = false;
        for (size_t j = 0; j < it.rows.size(); ++j) {
            TRow::Kind k = it.rows[j].kind;
            if (seen_action && (k == TRow::Action || k == TRow::PriorityBand || k == TRow::OutcomeBand)) at.push_back(j);
            if (k == TRow::Action) seen_action = true;
        }
        if (at.empty()) {
            s.continuation = Continuation::none;
            return;
        }
        it.split_at = r.pick(at);
    }

    Document finish() {
        Document d;
        d.source = pdf() ? "plan.pdf" : "plan.docx";
        d.format = pdf() ? "pdf" : "docx";
        d.title = "";
        int page = 1;
        bool pending = false;
        bool header_text = s.running_text == RunningText::header || s.running_text == RunningText::both;
        bool footer_text = s.running_text == RunningText::footer || s.running_text == RunningText::both;
        std::string running_header = r.chance(0.5) ? "OFFICIAL" : "OFFICIAL \xE2\x80\x93 SENSITIVE";
        auto add_para = [&](Paragraph p) {
            p.page = pdf() ? page : 0;
            if (pdf()) p.style.clear();  // a PDF has no paragraph styles: headings are large bold text
            if (pending) p.page_break_before = true;
            pending = false;
            Block bl;
            bl.kind = Block::Kind::Paragraph;
            bl.paragraph = std::move(p);
            d.blocks.push_back(std::move(bl));
        };
        auto add_table = [&](Table t) {
            if (pending) t.page_break_before = true;
            pending = false;
            if (pdf()) {
                if (t.page == 0) t.page = page;
                for (auto& row : t.rows) {
                    if (row.page == 0) row.page = page;
                    for (auto& c : row.cells) {
                        if (c.page == 0) c.page = page;
                        for (auto& p : c.paragraphs) p.style.clear();
                    }
                }
            }
            Block bl;
            bl.kind = Block::Kind::Table;
            bl.table = std::move(t);
            d.blocks.push_back(std::move(bl));
        };
        auto new_page = [&]() {
            if (footer_text) add_para(P("Page " + std::to_string(page)));
            ++page;
            pending = true;
            if (header_text) add_para(P(running_header));
        };
        if (header_text) add_para(P(running_header));
        for (auto& it : items) {
            switch (it.kind) {
            case Item::Para: add_para(it.para); break;
            case Item::Tab: add_table(it.table); break;
            case Item::Break: new_page(); break;
            case Item::Rows:
                if (it.split_at == 0) {
                    add_table(build_rows_table(it.rows, page));
                } else {
                    std::vector<TRow> first(it.rows.begin(), it.rows.begin() + static_cast<long>(it.split_at));
                    std::vector<TRow> second;
                    if (s.continuation == Continuation::header_repeated) {
                        for (const auto& tr : it.rows)
                            if (tr.kind == TRow::Header) { second.push_back(tr); break; }
                    }
                    second.insert(second.end(), it.rows.begin() + static_cast<long>(it.split_at), it.rows.end());
                    add_table(build_rows_table(first, page));
                    new_page();
                    add_table(build_rows_table(second, page));
                }
                break;
            }
        }
        if (footer_text) add_para(P("Page " + std::to_string(page)));
        int n = 0;
        for (auto& bl : d.blocks)
            if (bl.kind == Block::Kind::Table) bl.table.index = ++n;
        d.pages = pdf() ? page : 0;
        return d;
    }

    Document render() {
        place_distractors();
        if (s.family == Family::rows) rows_family();
        else if (s.family == Family::cards) cards_family();
        else matrix_family();
        key();  // when not in the introduction: under the last action table
        for (Distractor d : at_end) distractor(d);
        choose_table_split();
        return finish();
    }
};

}  // namespace

GeneratedPlan generate_plan(uint64_t seed) {
    GeneratedPlan g;
    g.seed = seed;
    Builder b(draw_spec(seed), seed);
    b.draw_lexicon();
    if (is_matrix(b.s.family)) b.make_matrix();
    else b.make_plans();
    Renderer rd(b);
    g.doc = rd.render();
    b.make_expected();
    g.spec = b.s;
    g.expected = std::move(b.expected);
    return g;
}

// ---------------------------------------------------------------------------------------------------------
// 6. text dumps and the comparison
// ---------------------------------------------------------------------------------------------------------

namespace {
std::string visible(const std::string& s) {
    return replace_all(replace_all(s, "\n", "\\n"), "\xEF\x82\xB7", "\\uF0B7");  // a wrapped line; Word's Symbol bullet
}
std::string paragraph_text(const Paragraph& p) {
    std::string tags;
    if (p.heading_level) tags += " h" + std::to_string(p.heading_level);
    if (!p.style.empty()) tags += " " + p.style;
    if (p.bold) tags += " bold";
    if (p.font_size > 0) tags += " " + std::to_string(static_cast<int>(p.font_size)) + "pt";
    if (!p.list_label.empty()) tags += " list=\"" + visible(p.list_label) + "\"/" + std::to_string(p.list_level);
    if (!p.fill.empty()) tags += " " + p.fill;
    if (p.page) tags += " p" + std::to_string(p.page);
    if (p.page_break_before) tags += " break";
    return (tags.empty() ? "" : "[" + tags.substr(1) + "] ") + visible(p.text);
}
}  // namespace

std::string document_text(const Document& doc) {
    std::string out = "Document " + doc.source + " (" + doc.format + ", " + std::to_string(doc.pages) + " pages)\n";
    for (const auto& bl : doc.blocks) {
        if (bl.kind == Block::Kind::Paragraph) {
            out += "P " + paragraph_text(bl.paragraph) + "\n";
            continue;
        }
        const Table& t = bl.table;
        out += "T" + std::to_string(t.index) + " cols=" + std::to_string(t.columns) + (t.page ? " p" + std::to_string(t.page) : "") +
               (t.page_break_before ? " break" : "") + "\n";
        for (size_t i = 0; i < t.rows.size(); ++i) {
            const Row& row = t.rows[i];
            out += "  r" + std::to_string(i) + (row.is_header ? " H" : "") + (row.page_break_before ? " break" : "") +
                   (row.page ? " p" + std::to_string(row.page) : "") + ":";
            for (const auto& c : row.cells) {
                std::string tags = "c" + std::to_string(c.col);
                if (c.rowspan > 1) tags += " rs" + std::to_string(c.rowspan);
                if (c.colspan > 1) tags += " cs" + std::to_string(c.colspan);
                if (!c.fill.empty()) tags += " " + c.fill;
                Strings ps;
                for (const auto& p : c.paragraphs) ps.push_back(paragraph_text(p));
                out += " [" + tags + "] " + join(ps, " \xC2\xB6 ") + " |";
            }
            out += "\n";
        }
    }
    return out;
}

std::vector<ExpectedAction> actual_actions(const Plan& plan) {
    std::vector<ExpectedAction> out;
    for (const auto& p : plan.priorities)
        for (const auto& a : p.actions) {
            ExpectedAction e;
            e.priority_ref = p.ref;
            e.priority = p.title;
            e.outcome = a.outcome;
            e.action_ref = a.ref;
            e.action = a.text;
            e.lead = a.lead;
            e.timescale = a.timescale;
            e.due = a.due;
            e.rag = rag_name(a.rag);
            e.progress = a.progress;
            e.workstream = a.workstream;
            out.push_back(e);
        }
    return out;
}

std::string action_text(const ExpectedAction& a) {
    return "[" + a.priority_ref + "] " + a.priority + " | outcome: " + a.outcome + " | ref: " + a.action_ref + " | " +
           visible(a.action) + " | lead: " + a.lead + " | timescale: " + a.timescale + " | due: " + a.due + " | rag: " + a.rag +
           " | progress: " + visible(a.progress) + (a.workstream.empty() ? "" : " | workstream: " + a.workstream);
}

namespace {
/// The practice scorer's norm(): quotes and dashes unified, bullet glyphs removed, whitespace collapsed, a leading
/// "- ", "* " or "o " dropped, ASCII case folded (no NFKC: the generator writes no compatibility characters).
std::string norm(const std::string& in) {
    static const std::vector<std::pair<std::string, std::string>> folds = {
        {"\xE2\x80\x98", "'"}, {"\xE2\x80\x99", "'"}, {"\xE2\x80\x9A", "'"}, {"\xE2\x80\x9B", "'"}, {"\xE2\x80\xB2", "'"},
        {"`", "'"}, {"\xC2\xB4", "'"}, {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x9E", "\""},
        {"\xC2\xAB", "\""}, {"\xC2\xBB", "\""}, {"\xE2\x80\x90", "-"}, {"\xE2\x80\x91", "-"}, {"\xE2\x80\x92", "-"},
        {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"}, {"\xE2\x80\x95", "-"}, {"\xE2\x88\x92", "-"}, {"\xC2\xAD", ""},
        {"\xE2\x80\x8B", ""}, {"\xEF\xBB\xBF", ""}, {"\xC2\xA0", " "},
        // bullet glyphs → space
        {"\xE2\x80\xA2", " "}, {"\xE2\x97\xA6", " "}, {"\xE2\x96\xAA", " "}, {"\xE2\x96\xAB", " "}, {"\xE2\x80\xA3", " "},
        {"\xE2\x81\x83", " "}, {"\xE2\x97\x8F", " "}, {"\xE2\x97\x8B", " "}, {"\xE2\x96\xA0", " "}, {"\xE2\x96\xA1", " "},
        {"\xE2\x97\x86", " "}, {"\xE2\x97\x87", " "}, {"\xE2\x9E\xA2", " "}, {"\xE2\x9E\xA4", " "}, {"\xE2\x9C\x93", " "},
        {"\xE2\x9C\x94", " "}, {"\xC2\xB7", " "}, {"\xE2\x88\x99", " "}, {"\xEF\x82\xB7", " "}, {"\xEF\x82\xA7", " "},
        {"\xEF\x83\x98", " "}, {"\xEF\x83\xBC", " "}, {"\xEF\x81\xB6", " "}};
    std::string s = in;
    for (const auto& [from, to] : folds)
        if (s.find(from) != std::string::npos) s = replace_all(s, from, to);
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (out.size() >= 2 && (out[0] == '-' || out[0] == '*' || out[0] == 'o') && out[1] == ' ') out = out.substr(2);
    return out;
}
std::string norm_ref(const std::string& in) {
    std::string s = norm(in);
    while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ')' || s.back() == ' ')) s.pop_back();
    return s;
}
}  // namespace

Comparison compare_actions(const std::vector<ExpectedAction>& expected, const std::vector<ExpectedAction>& actual,
                           const LayoutSpec& spec) {
    Comparison c;
    c.expected = expected.size();
    c.actual = actual.size();
    if (expected.size() != actual.size()) {
        c.ok = false;
        c.mismatches.push_back("count: expected " + std::to_string(expected.size()) + " actions, got " + std::to_string(actual.size()));
        c.fields_wrong.push_back("count");
    }
    std::vector<int> pair(expected.size(), -1);
    std::vector<bool> used(actual.size(), false);
    for (size_t i = 0; i < expected.size(); ++i) {
        std::string want = norm(expected[i].action);
        for (size_t j = 0; j < actual.size(); ++j)
            if (!used[j] && norm(actual[j].action) == want) {
                pair[i] = static_cast<int>(j);
                used[j] = true;
                break;
            }
    }
    // what is left is paired in order, so that a text read wrongly shows as a wrong action, not as missing + extra
    size_t next = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        if (pair[i] >= 0) continue;
        while (next < actual.size() && used[next]) ++next;
        if (next < actual.size()) {
            pair[i] = static_cast<int>(next);
            used[next] = true;
        }
    }
    bool matrix = spec.family == Family::matrix_priority_cols || spec.family == Family::matrix_priority_rows;
    for (size_t i = 0; i < expected.size(); ++i) {
        const ExpectedAction& e = expected[i];
        std::string where = "action " + std::to_string(i + 1) + " (" + e.action_ref + " " + e.action.substr(0, 40) + ")";
        if (pair[i] < 0) {
            c.ok = false;
            c.mismatches.push_back(where + ": missing");
            c.fields_wrong.push_back("missing");
            continue;
        }
        const ExpectedAction& a = actual[static_cast<size_t>(pair[i])];
        auto field = [&](const char* name, const std::string& want, const std::string& got, bool ref) {
            if ((ref ? norm_ref(want) == norm_ref(got) : norm(want) == norm(got))) return;
            c.ok = false;
            c.mismatches.push_back(where + ": " + name + ": expected \"" + visible(want) + "\" got \"" + visible(got) + "\"");
            c.fields_wrong.push_back(name);
        };
        field("action", e.action, a.action, false);
        field("priority_ref", e.priority_ref, a.priority_ref, true);
        field("priority", e.priority, a.priority, false);
        field("outcome", e.outcome, a.outcome, false);
        field("action_ref", e.action_ref, a.action_ref, true);
        field("lead", e.lead, a.lead, false);
        field("timescale", e.timescale, a.timescale, false);
        field("due", e.due, a.due, true);
        field("rag", e.rag, a.rag, true);
        field("progress", e.progress, a.progress, false);
        if (matrix) field("workstream", e.workstream, a.workstream, false);
    }
    for (size_t j = 0; j < actual.size(); ++j)
        if (!used[j]) {
            c.ok = false;
            c.mismatches.push_back("extra action: " + action_text(actual[j]));
            c.fields_wrong.push_back("extra");
        }
    return c;
}

}  // namespace planport::testing::gen
