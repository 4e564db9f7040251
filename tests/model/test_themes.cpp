// test_themes.cpp — theme assignment on the priorities of the five seed plans (themes chosen by hand, by
// reading each priority as a person coding it against the taxonomy would), the matching traps, and the table file.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "model/themes.h"

using namespace planport;
using V = std::vector<std::string>;

namespace {

const ThemeTable& table() {
    static const ThemeTable t = default_theme_table();
    return t;
}

V themes(const std::string& title, const std::string& description = "", const V& actions = {}) {
    Priority p;
    p.title = title;
    p.description = description;
    for (const auto& text : actions) {
        Action a;
        a.text = text;
        p.actions.push_back(a);
    }
    return assign_themes(p, table());
}

}  // namespace

TEST_CASE("city and hackney 2014-15: the seven priority headings") {
    CHECK(themes("COMMUNICATION and ENGAGEMENT") == V{"communication"});
    CHECK(themes("Quality of Practice & Service Delivery \xE2\x80\x93 EARLY HELP") == V{"early-help"});
    CHECK(themes("Quality of Practice & Service Delivery \xE2\x80\x93 NEGLECT") == V{"neglect"});
    CHECK(themes("Quality of Practice & Service Delivery \xE2\x80\x93 CHILD SEXUAL EXPLOITATION") == V{"cse"});
    // "domestic violence" is the domestic-abuse theme.
    CHECK(themes("Quality of Practice & Service Delivery \xE2\x80\x93 DOMESTIC VIOLENCE") == V{"domestic-abuse"});
    CHECK(themes("Quality of Practice & Service Delivery \xE2\x80\x93 ABUSE LINKED TO FAITH, BELIEF, HARMFUL PRACTICES") ==
          V{"harmful-practices"});
    CHECK(themes("LEARNING AND IMPROVEMENT") == V{"learning-from-reviews"});
}

TEST_CASE("city and hackney 2010-11: the six strategic objectives") {
    CHECK(themes("Good governance with meaningful performance indicators that hold agencies to account for their "
                 "safeguarding responsibilities") == V{"quality-assurance", "governance"});
    CHECK(themes("Service-users views inform all our work") == V{"voice-of-child"});
    CHECK(themes("Training and Workforce programme to ensure the highest level of practice across agencies including "
                 "safer recruitment procedures in place.") == V{"workforce"});
    CHECK(themes("Agency representatives are accountable to the Board on behalf of their agency and at the same time "
                 "carry out their shared responsibility with other members.") == V{"governance"});
    // The title names no theme: its milestones (QA audits, CDOP, serious case reviews) decide.
    CHECK(themes("The Board actively seeks out information and makes the best use of it and acts upon it where "
                 "appropriate to improve safeguarding practice.",
                 "",
                 {"Information gained from the Quality Assurance sub-committee and relevant audits is used in a way that "
                  "is meaningful to the City and Hackney.",
                  "Themes and learning from the Child Death Overview Panel are reported annually to the Board. The Board "
                  "to ensure that partner agencies act on recommendations appropriately.",
                  "That Serious Case Reviews are of a high standard and recognised as such by external regulators.",
                  "That Serious Case Reviews improve practice and that the Board satisfies itself that this is the case "
                  "and that all recommendations are actioned within appropriate timescales."}) ==
          V{"learning-from-reviews", "quality-assurance"});
    // Membership reviews (governance) and the issues serious case reviews miss (learning from reviews).
    CHECK(themes("The Board stays close to practice.", "",
                 {"Board members know exactly where CHSCB stands in relation to the Government's response to Laming.",
                  "Independent Chair and Directors of Children's Services continue their rolling programme of membership "
                  "reviews to ensure the Board and its sub-committees have members who can help deliver its objectives.",
                  "Board members know what the 'Wicked Issues' are, particularly those that might not become apparent "
                  "through Serious Case Reviews and that these issues are tackled regardless."}) ==
          V{"learning-from-reviews", "governance"});
}

TEST_CASE("herefordshire 2017-19: the five column priorities with their key outcomes") {
    CHECK(themes("NEGLECT",
                 "Identification and response to childhood neglect.\n"
                 "Concerns about possible childhood neglect are identified early and interventions put in place to "
                 "ensure children's needs are met and they are not at risk of, or experiencing, neglect.\n"
                 "Where chronic cases of neglect are identified plans are put in place to protect children from further "
                 "neglect.\nConsistent and timely response across agencies\n"
                 "Innovative tools and approaches are put in place to support practitioners in assessing and "
                 "understanding neglect") == V{"neglect"});
    CHECK(themes("CHILD SEXUAL EXPLOITATION",
                 "Identification, prevention and response to Child Sexual Exploitation/ children who go missing.\n"
                 "There is clear data relating to CSE: children experiencing and at risk of CSE, related factors "
                 "including perpetrators, and children missing from home.\n"
                 "Return home interviews are of good quality and used at an individual and strategic level to tackle "
                 "risks.") == V{"cse", "missing"});
    // Thresholds ("levels of need") belong to the early-help theme of the taxonomy; the rest is child protection.
    CHECK(themes("EFFECTIVE SAFEGUARDING",
                 "Ensure effective planning and intervention to improve the care, safety and wellbeing of children and "
                 "reduce/eradicate actual or the risk of significant harm\n"
                 "The process and decision making at the initial stages of the child protection process (strategy "
                 "meetings/ section 47 investigations) comply with statutory guidance, and the decisions are consistent "
                 "with the levels of need in Herefordshire.\n"
                 "Child protection plans are effective in reducing/ eradicating the risk of significant harm to "
                 "children.") == V{"early-help", "child-protection"});
    // Its outcomes name the front door (MASH) as well as early help assessments.
    CHECK(themes("EARLY HELP",
                 "The early help services effectively identify needs and concerns relating to children and families\n"
                 "Effective decision making is taking place at the early stage of identification of needs, and "
                 "appropriately directed to WISH, Early Triage (MAG) or referred to MASH\n"
                 "Common Assessments are taking place within timescales\n"
                 "Lead professionals are identified in each case deemed level 2 or 3 on the continuum of need.") ==
          V{"early-help", "child-protection"});
    CHECK(themes("Strong Leadership - Strong Partnership",
                 "The HSCB seeks assurance, challenges and support partner agencies in safeguarding children. The board "
                 "ensures that lessons are learnt and improvements are made and embedded.\n"
                 "Full engagement by all partners in all the process of the HSCB: Attendance and representation\n"
                 "Involvement in audits and case reviews and provision of performance information as appropriate.") ==
          V{"learning-from-reviews", "quality-assurance", "governance"});
}

TEST_CASE("west berkshire 2015-17: the five themes") {
    CHECK(themes("Early Help") == V{"early-help"});
    CHECK(themes("The child\xE2\x80\x99s voice and journey") == V{"voice-of-child"});
    CHECK(themes("Child Sexual Exploitation (CSE)") == V{"cse"});
    CHECK(themes("Domestic Abuse and Vulnerable Groups") == V{"domestic-abuse", "vulnerable-groups"});
    CHECK(themes("Effectiveness and impact of the LSCB") == V{"governance"});
}

TEST_CASE("essex 2015-17: the five improvement priorities with what difference they want to make") {
    // Adult mental health is the parents' (toxic trio), not children's mental health.
    CHECK(themes("Essex has effective arrangements for delivering and monitoring strategies for tackling Domestic "
                 "Abuse, FGM, adult mental health and substance misuse",
                 "To reduce the impact of these issues on safeguarding children and young people") ==
          V{"domestic-abuse", "parental-risk", "harmful-practices"});
    CHECK(themes("Robust partnership arrangements are in place to support the prevention and management of risk to "
                 "young people. To include gangs, sexual exploitation, missing children, self-harm online safety and "
                 "radicalisation",
                 "To raise awareness amongst professionals, the community and young people about the impact of risk "
                 "taking activities and how to effectively deal with them.") ==
          V{"cse", "criminal-exploitation", "missing", "mental-health", "online-safety", "radicalisation"});
    CHECK(themes("Effective arrangements are in place to respond to early signs of need including neglect.",
                 "Reduce the prevalence of neglect by raising awareness amongst the community, young people and "
                 "professionals") == V{"neglect", "early-help"});
    CHECK(themes("ESCB is visible and influential through effective engagement with other agencies, partnerships, "
                 "practitioners, voluntary and community sector, children , young people and their families and the "
                 "wider community",
                 "Raise awareness of safeguarding amongst practitioners and the wider community to reduce impact of risk "
                 "to the safety and wellbeing of children and young people") == V{"communication"});
    CHECK(themes("Essex has an effective LSCB which meets its statutory responsibilities and promotes a culture of "
                 "challenge, accountability and shared learning",
                 "To co-ordinate local work to safeguard and promote the well-being of children and to ensure the "
                 "effectiveness of that work.") == V{"governance"});
}

TEST_CASE("abbreviations that are also words match only in capitals") {
    CHECK(match_themes("DA champions in schools", table()) == V{"domestic-abuse"});
    CHECK(match_themes("Da Silva and da Costa update the data", table()).empty());
    CHECK(match_themes("the CSE sub-group", table()) == V{"cse"});
    CHECK(match_themes("use the cse toolkit", table()).empty());
    CHECK(match_themes("FGM protection orders", table()) == V{"harmful-practices"});
    CHECK(match_themes("fgm", table()).empty());
    CHECK(match_themes("promote the 'Prevent' programme", table()) == V{"radicalisation"});
    CHECK(match_themes("prevent harm and support prevention", table()).empty());
}

TEST_CASE("generic words need their qualifying phrase") {
    CHECK(match_themes("missing data in the returns", table()).empty());
    CHECK(match_themes("children who go missing", table()) == V{"missing"});
    CHECK(match_themes("training for staff", table()).empty());
    CHECK(match_themes("multi-agency training", table()) == V{"workforce"});
    CHECK(match_themes("in partnership with the police", table()).empty());
    CHECK(match_themes("sexual exploitation", table()) == V{"cse"});  // not criminal exploitation
}

TEST_CASE("an exception hides only the words it covers") {
    CHECK(match_themes("adult mental health services", table()) == V{"parental-risk"});
    CHECK(match_themes("adult mental health and children's mental health", table()) ==
          V{"parental-risk", "mental-health"});
}

TEST_CASE("words match across hyphens, case and curly quotes; a star is a prefix") {
    CHECK(match_themes("EARLY-HELP offer", table()) == V{"early-help"});
    CHECK(match_themes("radicalised young people", table()) == V{"radicalisation"});
    CHECK(match_themes("neglectful parenting", table()) == V{"neglect"});
    // Whole words only: "engagement" holds "gang" but is not a word starting with it.
    CHECK(match_themes("engagement", table()).empty());
}

TEST_CASE("umbrella terms give each of their themes") {
    const V exploitation = {"cse", "criminal-exploitation", "missing"};
    CHECK(match_themes("Contextual safeguarding", table()) == exploitation);
    CHECK(match_themes("the complex safeguarding hub", table()) == exploitation);
    CHECK(match_themes("extra-familial harm", table()) == exploitation);
    CHECK(match_themes("VEMT panel", table()) == exploitation);
    CHECK(match_themes("GETSAFE team", table()) == exploitation);
    CHECK(match_themes("the toxic trio", table()) == V{"domestic-abuse", "parental-risk"});
    // Older boards' themes folded into the taxonomy.
    CHECK(match_themes("Children who experience bullying", table()) == V{"mental-health"});
    CHECK(match_themes("Managing risk", table()) == V{"child-protection"});
    CHECK(match_themes("Child Death Review", table()) == V{"learning-from-reviews"});
}

TEST_CASE("themes come out in taxonomy order, whatever the order in the text") {
    CHECK(match_themes("online safety, neglect and governance", table()) ==
          V{"neglect", "online-safety", "governance"});
}

TEST_CASE("actions count only when title and description match nothing; nothing at all gives other") {
    CHECK(themes("Neglect", "", {"Deliver multi-agency training"}) == V{"neglect"});
    CHECK(themes("Priority one", "", {"Deliver multi-agency training"}) == V{"workforce"});
    CHECK(themes("Priority one", "", {"Hold a meeting"}) == V{"other"});
    CHECK(themes("") == V{"other"});
}

TEST_CASE("assign_themes over plans sets every priority") {
    std::vector<Plan> plans(2);
    plans[0].priorities.resize(2);
    plans[0].priorities[0].title = "Neglect";
    plans[0].priorities[1].title = "Something else";
    plans[1].priorities.resize(1);
    plans[1].priorities[0].title = "Online safety";
    assign_themes(plans, table());
    CHECK(plans[0].priorities[0].themes == V{"neglect"});
    CHECK(plans[0].priorities[1].themes == V{"other"});
    CHECK(plans[1].priorities[0].themes == V{"online-safety"});
}

TEST_CASE("a user table can add ids, which follow the taxonomy ids") {
    ThemeTable t = parse_theme_table("# mine\n\ntransport\tschool bus*\nneglect\tneglect\nfaith-groups\tchurch*\n",
                                     "mine.tsv");
    REQUIRE(t.ids.size() == taxonomy_theme_ids().size() + 2);
    CHECK(t.ids[t.ids.size() - 2] == "transport");
    CHECK(t.ids.back() == "faith-groups");
    CHECK(match_themes("church school bus and neglect", t) == V{"neglect", "transport", "faith-groups"});
}

TEST_CASE("table syntax errors name the line") {
    CHECK_THROWS_WITH(parse_theme_table("neglect\tneglect\nno tab here\n", "t.tsv"),
                      "t.tsv: line 2: no tab between theme id and synonym");
    CHECK_THROWS_WITH(parse_theme_table("other\tanything\n", "t.tsv"),
                      "t.tsv: line 1: 'other' is given to priorities that match nothing; it takes no synonyms");
    CHECK_THROWS_WITH(parse_theme_table("neglect\t= * \n", "t.tsv"), "t.tsv: line 1: synonym has no letters or digits");
    CHECK_THROWS_WITH(parse_theme_table("Early Help\tearly help\n", "t.tsv"),
                      "t.tsv: line 1: theme id 'Early Help' may hold only a-z, 0-9, '-' and '_'");
    CHECK_THROWS_WITH(load_theme_table("/nonexistent/themes.tsv"), "/nonexistent/themes.tsv: cannot open");
}

TEST_CASE("a user table replaces the project's synonyms") {
    std::string path = "/tmp/planport_test_themes_" + std::to_string(::getpid()) + ".tsv";
    {
        std::ofstream f(path);
        f << "# only one synonym\r\nneglect\tschool bus*\r\nneglect\t-school bus driver\r\n";
    }
    ThemeTable t = load_theme_table(path);
    std::remove(path.c_str());
    CHECK(match_themes("the school buses", t) == V{"neglect"});
    CHECK(match_themes("the school bus driver", t).empty());
    CHECK(match_themes("neglect", t).empty());  // the project's synonyms are gone
    CHECK(t.ids == taxonomy_theme_ids());
}

TEST_CASE("the project table covers every taxonomy id") {
    for (const auto& id : taxonomy_theme_ids()) {
        bool has = false;
        for (const auto& r : table().rules) has = has || (r.id == id && !r.exception);
        CHECK_MESSAGE(has, id);
    }
    CHECK(theme_label("early-help") == "Early help and thresholds");
    CHECK(theme_label("other") == "Other");
    CHECK(theme_label("transport") == "transport");
}
