// layout_generator.h — random business plans as neutral Documents (no files), one value drawn on every
// dimension of ../shared/docs/layouts.md, each with the actions recognise() must give, written by the
// conventions of ../shared/corpus/practice/README.md (priority_ref, priority, outcome, action_ref, action,
// lead, timescale, due, rag, progress; workstream for the matrices).
//
//   GeneratedPlan g = generate_plan(seed);     // same seed, same plan
//   Plan plan = recognise(g.doc, diag);
//   Comparison c = compare_actions(g.expected, actual_actions(plan), g.spec);
//
// A LayoutSpec holds one enum per dimension (three are sets: other columns, timescale forms, non-action
// tables). Values are drawn independently, then harmonise() replaces the combinations a real plan cannot have
// (cards have no header row, numbered milestones carry their priority's number …); a value that does not apply
// is n_a. Two values of layouts.md have no Document form: coloured text (Paragraph has no colour) and page
// orientation (a Document has no page size); see the report of issue 11.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/plan.h"

namespace planport::testing::gen {

template <class E>
struct EnumInfo;

#define PP_GEN_ENUM(v) v,
#define PP_GEN_NAME(v) #v,
#define PP_GEN_COUNT(v) +1
#define PP_GEN_DECLARE(Type, LIST)                                                          \
    enum class Type { LIST(PP_GEN_ENUM) };                                                  \
    template <>                                                                             \
    struct EnumInfo<Type> {                                                                 \
        static constexpr int count = 0 LIST(PP_GEN_COUNT);                                  \
        static const char* const* names() {                                                 \
            static const char* const n[] = {LIST(PP_GEN_NAME)};                             \
            return n;                                                                       \
        }                                                                                   \
    };

// §10 family of layout: one row per action, one 2-column card per action, or a priorities × workstreams matrix.
#define PP_FAMILY(X) X(rows) X(cards) X(matrix_priority_cols) X(matrix_priority_rows)
// §1 where the priority comes from (matrix_header: only by the matrix families).
#define PP_PRIORITY_SOURCE(X)                                                                              \
    X(heading1) X(heading2) X(heading3) X(bold_paragraph) X(list_item) X(band_row) X(first_col_merged)    \
    X(first_col_repeated) X(first_col_first_only) X(label_value_block) X(labelled_paragraphs)             \
    X(table_title_row) X(table_header_cell) X(function_groups) X(matrix_header)
// §1 the priority numbers: 1, 1., One, A, I, P1, SP1, 1a, none.
#define PP_PRIORITY_NUMBER(X) X(digit) X(digit_dot) X(word) X(letter) X(roman) X(p_code) X(sp_code) X(digit_alpha) X(none)
// §1 how the number and the title are printed together ("Priority 1: …", "PRIORITY 2 - CSE", "SP1 Early help",
// two paragraphs "Priority One" / "Private fostering" in a cell, the title alone).
#define PP_PRIORITY_LABEL(X)                                                                                \
    X(priority_colon) X(priority_dash) X(upper_hyphen) X(objective_colon) X(theme_colon) X(strategic_dash) \
    X(bare_space) X(bare_colon) X(two_lines) X(title_only)
// §1 a label/value block: a table of its own, or the first rows of the action table (Essex).
#define PP_LABEL_BLOCK_TABLE(X) X(separate) X(same_table) X(n_a)
// §2 column order.
#define PP_COLUMNS_ORDER(X) X(conventional) X(varied) X(n_a)
// §2 a role missing.
#define PP_COLUMNS_DROPPED(X) X(none) X(lead) X(timescale) X(n_a)
// §2 columns that are none of the roles (a set; resources/partners is a role the check does not read).
#define PP_OTHER_COLUMN(X) X(none) X(measures) X(budget) X(risks) X(links) X(partners)
// §2 header names: from the vocabulary, one name from no list (the contents must type the column), a header
// carrying a date or a scale.
#define PP_HEADER_NAMES(X) X(vocabulary) X(unlisted) X(dated) X(n_a)
#define PP_UNLISTED_ROLE(X) X(action) X(lead) X(timescale) X(rag) X(n_a)
// §2 two levels of action: a strategy column merged over the actions under it.
#define PP_ACTION_LEVELS(X) X(single) X(strategy_column)
// §3 where the ref is printed.
#define PP_REF_PLACE(X) X(column) X(prefix) X(list_label_action) X(list_label_column) X(none)
// §3 how it is written: 1.1, 1.1., 3, a), (i), A2 –, 2c.
#define PP_REF_STYLE(X) X(dotted) X(dotted_dot) X(plain) X(alpha_paren) X(roman_paren) X(letter_num_dash) X(num_alpha) X(n_a)
#define PP_REF_SCOPE(X) X(restart) X(through) X(n_a)
#define PP_REF_CHILDREN(X) X(none) X(children)
// §4 outcomes shared by several actions.
#define PP_OUTCOME_FORM(X) X(repeated) X(first_only) X(merged) X(paragraph_above) X(band_row) X(label_value_row) X(absent)
// §5 several actions in one cell (matrix_paragraphs: only by the matrix families).
#define PP_MULTI_ACTION(X) \
    X(one_per_row) X(bullets_list_label) X(bullets_literal) X(lead_in_colon) X(numbered_milestones) X(matrix_paragraphs)
#define PP_BULLET_GLYPH(X) \
    X(label_bullet) X(label_symbol) X(label_o) X(literal_bullet) X(literal_hyphen) X(literal_square) X(literal_o) X(n_a)
// §5 a lone –, -, n/a, None in an action cell: no action.
#define PP_NONE_MARKER(X) X(absent) X(en_dash) X(hyphen) X(na) X(none_word)
// §6 status.
#define PP_RAG_STYLE(X)                                                                                     \
    X(none) X(fill_only) X(letter) X(word) X(letter_fill) X(word_fill) X(fill_progress) X(fill_action)     \
    X(fill_row) X(number_key) X(ticks) X(per_quarter) X(word_in_progress)
#define PP_RAG_COMPLETE(X) X(grey) X(blue) X(purple) X(dark_green) X(n_a)
#define PP_COMPLETE_LETTER(X) X(B) X(C) X(n_a)
#define PP_RAG_SHADE(X) X(strong) X(alt) X(pale) X(n_a)
#define PP_RAG_KEY(X) X(none) X(sentence) X(table)
// §8 progress across the year.
#define PP_PROGRESS_FORM(X) X(none) X(single) X(per_quarter) X(rag_in_text)
// §7 timescale forms (a set: the forms the plan's timescales use).
#define PP_TIME_FORM(X)                                                                                       \
    X(none) X(month_year) X(mon_yy_dash) X(mon_yy) X(month_apos) X(slash_date) X(dot_date) X(ordinal) X(iso) \
    X(dmy_abbr) X(q_long) X(q_short) X(end_of_q) X(fy) X(season) X(term) X(by_month) X(end_month)           \
    X(from_month) X(onwards) X(range) X(slash_range) X(ongoing) X(annually) X(quarterly) X(termly)          \
    X(monthly) X(tbc) X(sent_by) X(sent_fy) X(sent_as_per) X(sent_paren) X(sent_none)
// §9 tables that are not action tables (a set).
#define PP_DISTRACTOR(X) \
    X(none) X(version_control) X(membership) X(budget) X(contents) X(glossary) X(sign_off) X(subgroups) X(rag_key)
// §10 pages and producers.
#define PP_MATRIX_CORNER(X) X(blank) X(workstream) X(n_a)
#define PP_CONTINUATION(X) X(none) X(header_repeated) X(headerless)
#define PP_HEADER_ROW_FLAG(X) X(marked) X(unmarked) X(n_a)
#define PP_ROW_SPLIT(X) X(none) X(split) X(split_milestones)
#define PP_TABLE_STYLE(X) X(plain) X(header_shaded) X(zebra)
#define PP_FORMAT(X) X(docx) X(pdf)
#define PP_RUNNING_TEXT(X) X(none) X(header) X(footer) X(both)
#define PP_WRAPPED_TEXT(X) X(none) X(line_breaks)
// §1 more than one plan in one file; an introduction listing the priorities.
#define PP_PLANS_IN_FILE(X) X(one) X(review_then_plan)
#define PP_INTRO_LIST(X) X(none) X(numbered) X(unnumbered)
#define PP_LEAD_MERGE(X) X(none) X(merged) X(printed_once) X(n_a)

PP_GEN_DECLARE(Family, PP_FAMILY)
PP_GEN_DECLARE(PrioritySource, PP_PRIORITY_SOURCE)
PP_GEN_DECLARE(PriorityNumber, PP_PRIORITY_NUMBER)
PP_GEN_DECLARE(PriorityLabel, PP_PRIORITY_LABEL)
PP_GEN_DECLARE(LabelBlockTable, PP_LABEL_BLOCK_TABLE)
PP_GEN_DECLARE(ColumnsOrder, PP_COLUMNS_ORDER)
PP_GEN_DECLARE(ColumnsDropped, PP_COLUMNS_DROPPED)
PP_GEN_DECLARE(OtherColumn, PP_OTHER_COLUMN)
PP_GEN_DECLARE(HeaderNames, PP_HEADER_NAMES)
PP_GEN_DECLARE(UnlistedRole, PP_UNLISTED_ROLE)
PP_GEN_DECLARE(ActionLevels, PP_ACTION_LEVELS)
PP_GEN_DECLARE(RefPlace, PP_REF_PLACE)
PP_GEN_DECLARE(RefStyle, PP_REF_STYLE)
PP_GEN_DECLARE(RefScope, PP_REF_SCOPE)
PP_GEN_DECLARE(RefChildren, PP_REF_CHILDREN)
PP_GEN_DECLARE(OutcomeForm, PP_OUTCOME_FORM)
PP_GEN_DECLARE(MultiAction, PP_MULTI_ACTION)
PP_GEN_DECLARE(BulletGlyph, PP_BULLET_GLYPH)
PP_GEN_DECLARE(NoneMarker, PP_NONE_MARKER)
PP_GEN_DECLARE(RagStyle, PP_RAG_STYLE)
PP_GEN_DECLARE(RagComplete, PP_RAG_COMPLETE)
PP_GEN_DECLARE(CompleteLetter, PP_COMPLETE_LETTER)
PP_GEN_DECLARE(RagShade, PP_RAG_SHADE)
PP_GEN_DECLARE(RagKey, PP_RAG_KEY)
PP_GEN_DECLARE(ProgressForm, PP_PROGRESS_FORM)
PP_GEN_DECLARE(TimeForm, PP_TIME_FORM)
PP_GEN_DECLARE(Distractor, PP_DISTRACTOR)
PP_GEN_DECLARE(MatrixCorner, PP_MATRIX_CORNER)
PP_GEN_DECLARE(Continuation, PP_CONTINUATION)
PP_GEN_DECLARE(HeaderRowFlag, PP_HEADER_ROW_FLAG)
PP_GEN_DECLARE(RowSplit, PP_ROW_SPLIT)
PP_GEN_DECLARE(LeadMerge, PP_LEAD_MERGE)
PP_GEN_DECLARE(TableStyle, PP_TABLE_STYLE)
PP_GEN_DECLARE(Format, PP_FORMAT)
PP_GEN_DECLARE(RunningText, PP_RUNNING_TEXT)
PP_GEN_DECLARE(WrappedText, PP_WRAPPED_TEXT)
PP_GEN_DECLARE(PlansInFile, PP_PLANS_IN_FILE)
PP_GEN_DECLARE(IntroList, PP_INTRO_LIST)

template <class E>
const char* name_of(E e) {
    return EnumInfo<E>::names()[static_cast<int>(e)];
}

/// One value per dimension of layouts.md (sets for other columns, timescale forms and non-action tables).
struct LayoutSpec {
    Family family = Family::rows;
    PrioritySource priority_source = PrioritySource::heading2;
    PriorityNumber priority_number = PriorityNumber::digit;
    PriorityLabel priority_label = PriorityLabel::priority_colon;
    LabelBlockTable label_block_table = LabelBlockTable::n_a;
    ColumnsOrder columns_order = ColumnsOrder::conventional;
    ColumnsDropped columns_dropped = ColumnsDropped::none;
    std::vector<OtherColumn> columns_other;
    HeaderNames header_names = HeaderNames::vocabulary;
    UnlistedRole unlisted_role = UnlistedRole::n_a;
    ActionLevels action_levels = ActionLevels::single;
    RefPlace ref_place = RefPlace::column;
    RefStyle ref_style = RefStyle::dotted;
    RefScope ref_scope = RefScope::restart;
    RefChildren ref_children = RefChildren::none;
    OutcomeForm outcome = OutcomeForm::repeated;
    MultiAction multi = MultiAction::one_per_row;
    BulletGlyph bullet_glyph = BulletGlyph::n_a;
    NoneMarker none_marker = NoneMarker::absent;
    RagStyle rag = RagStyle::letter;
    RagComplete rag_complete = RagComplete::n_a;
    CompleteLetter complete_letter = CompleteLetter::n_a;
    RagShade rag_shade = RagShade::n_a;
    RagKey rag_key = RagKey::none;
    ProgressForm progress = ProgressForm::single;
    std::vector<TimeForm> timescales;
    std::vector<Distractor> distractors;
    MatrixCorner matrix_corner = MatrixCorner::n_a;
    Continuation continuation = Continuation::none;
    HeaderRowFlag header_row_flag = HeaderRowFlag::marked;
    RowSplit row_split = RowSplit::none;
    TableStyle table_style = TableStyle::plain;
    Format format = Format::docx;
    RunningText running_text = RunningText::none;
    WrappedText wrapped_text = WrappedText::none;
    PlansInFile plans_in_file = PlansInFile::one;
    IntroList intro_list = IntroList::none;
    /// Consecutive rows of one group sharing their lead: one cell merged over them, or (a PDF table without
    /// borders) the lead printed once above blank cells, every merged cell of that table printed so.
    LeadMerge lead_merge = LeadMerge::none;
};

/// One action as the practice README's expected CSV writes it (rag spelt as rag_name()).
struct ExpectedAction {
    std::string priority_ref, priority, outcome, action_ref, action, lead, timescale, due, rag, progress, workstream;
};

struct GeneratedPlan {
    uint64_t seed = 0;
    LayoutSpec spec;
    Document doc;
    std::vector<ExpectedAction> expected;
};

/// A dimension: its name, its values, and the values a spec drew on it (one, or several for the sets; a set
/// left empty counts as its first value, "none"). Values named "n_a" are never drawn, only set by harmonise().
struct Dimension {
    std::string name;
    std::vector<std::string> values;
    std::vector<int> (*drawn)(const LayoutSpec&);
};
const std::vector<Dimension>& dimensions();

/// Draws a spec (every dimension), harmonises it, builds the Document and the expected actions.
GeneratedPlan generate_plan(uint64_t seed);
/// Random values on every dimension, then harmonise().
LayoutSpec draw_spec(uint64_t seed);
/// Replaces the combinations no plan has (see the .cpp for each rule); idempotent.
void harmonise(LayoutSpec& spec);

/// Every dimension's value(s) on one line: "family=rows priority_source=band_row … timescales=iso+fy".
std::string describe(const LayoutSpec& spec);
/// The Document as indented text: paragraphs with their style, list label, heading level, bold, fill and page;
/// tables row by row, each cell with its span and fill.
std::string document_text(const Document& doc);

/// recognise()'s plan flattened to the same fields, priority by priority.
std::vector<ExpectedAction> actual_actions(const Plan& plan);

/// Field-by-field comparison. Texts are compared after the practice scorer's normalisation (quotes and dashes
/// unified, bullet glyphs and a leading "- "/"o " removed, whitespace collapsed, ASCII case folded) but must then
/// be equal (the scorer only needs a ratio ≥ 0.9); refs also ignore a trailing '.', ':' or ')'. Expected actions
/// are paired with actual ones by their normalised action text, then by order.
struct Comparison {
    bool ok = true;
    size_t expected = 0, actual = 0;
    std::vector<std::string> mismatches;        ///< "action 3 (1.2 …): lead: expected \"…\" got \"…\"", in order
    std::vector<std::string> fields_wrong;      ///< the field names of mismatches (count, missing, extra included)
};
Comparison compare_actions(const std::vector<ExpectedAction>& expected, const std::vector<ExpectedAction>& actual,
                           const LayoutSpec& spec);
std::string action_text(const ExpectedAction& a);  ///< one action on one line, for the single-seed dump

/// The hand-written (text, due) table of §7 (due for a plan whose first financial year starts in 2015 for the
/// forms that depend on the plan: End of Qn).
struct TimescaleCase {
    TimeForm form;
    const char* text;
    const char* due;  ///< "YYYY-MM", "YYYY-MM-DD" or "" (End of Qn: "Y0-MM" / "Y1-MM", the plan's first FY)
};
const std::vector<TimescaleCase>& timescale_table();

}  // namespace planport::testing::gen
