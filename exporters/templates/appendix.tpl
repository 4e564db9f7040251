{{! appendix.tpl — annual-report appendix: progress of business plans, per board, plan and priority.
    Every value is escaped here: :h for one-line text, :p (escaped, line breaks kept; shown by .ml = pre-line)
    for multi-line cells. Ids (ID) are made by planport, never taken from documents. A COL_* section is shown
    (in the table and in each of its rows) only when some action of the table has that field. }}<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE:h}}</title>
<style>
{{>STYLE}}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header>
<h1>{{TITLE:h}}</h1>
{{#PERIOD}}<p class="lede">Period: {{PERIOD_TEXT:h}}</p>{{/PERIOD}}
<p class="meta">{{PLAN_COUNT}} {{PLAN_WORD}} from {{BOARD_COUNT}} {{BOARD_WORD}}, {{ACTION_COUNT}} {{ACTION_WORD}}.</p>
<nav aria-label="Boards and plans">
<ul>
<li><a href="#summary">Summary</a></li>
{{#NAV}}<li><a href="#{{ID}}">{{BOARD:h}}{{#NAV_PLAN}} ({{PLAN:h}}){{/NAV_PLAN}}</a></li>
{{/NAV}}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
<h2 id="summary">Summary of actions by status</h2>
<p>Status as the plans record it. Complete actions are counted apart from those rated green, amber or red; an action with no rating is “Not rated”.</p>
<table>
<caption>Actions by status, per board and plan</caption>
<thead>
<tr><th scope="col">Board</th><th scope="col">Plan</th><th scope="col" class="num">Complete</th><th scope="col" class="num">Green — on track</th><th scope="col" class="num">Amber</th><th scope="col" class="num">Red</th><th scope="col" class="num">Not rated</th><th scope="col" class="num">Total</th></tr>
</thead>
<tbody>
{{#SUMMARY_ROW}}<tr><th scope="row"><a href="#{{ID}}">{{BOARD:h}}</a></th><td>{{PLAN:h}}</td><td class="num">{{COMPLETE}}</td><td class="num">{{GREEN}}</td><td class="num">{{AMBER}}</td><td class="num">{{RED}}</td><td class="num">{{UNKNOWN}}</td><td class="num">{{TOTAL}}</td></tr>
{{/SUMMARY_ROW}}</tbody>
</table>
{{#PLAN}}
<section aria-labelledby="{{ID}}">
<h2 id="{{ID}}">{{BOARD:h}}: {{PLAN_TITLE:h}}</h2>
{{#PLAN_PERIOD}}<p>Period: {{PERIOD_TEXT:h}}</p>{{/PLAN_PERIOD}}
{{#PLAN_VERSION}}<p>{{VERSION:h}}</p>{{/PLAN_VERSION}}
<p class="meta">Source: {{SOURCE:h}}</p>
<table>
<caption>{{BOARD:h}}, {{PLAN_TITLE:h}}: actions by status, per priority</caption>
<thead>
<tr><th scope="col">Priority</th><th scope="col" class="num">Complete</th><th scope="col" class="num">Green — on track</th><th scope="col" class="num">Amber</th><th scope="col" class="num">Red</th><th scope="col" class="num">Not rated</th><th scope="col" class="num">Total</th></tr>
</thead>
<tbody>
{{#PRIORITY_ROW}}<tr><th scope="row"><a href="#{{ID}}">{{NAME:h}}</a></th><td class="num">{{COMPLETE}}</td><td class="num">{{GREEN}}</td><td class="num">{{AMBER}}</td><td class="num">{{RED}}</td><td class="num">{{UNKNOWN}}</td><td class="num">{{TOTAL}}</td></tr>
{{/PRIORITY_ROW}}</tbody>
</table>
{{#PRIORITY}}
<section aria-labelledby="{{ID}}">
<h3 id="{{ID}}">{{NAME:h}}</h3>
{{#DESCRIPTION}}<p class="ml">{{TEXT:p}}</p>{{/DESCRIPTION}}
{{#LEAD_GROUP}}<p>Lead group: {{TEXT:h}}</p>{{/LEAD_GROUP}}
{{#MEASURES}}<p class="ml">How success is measured: {{TEXT:p}}</p>{{/MEASURES}}
{{#THEMES}}<p class="themes">Themes: {{TEXT:h}}</p>{{/THEMES}}
{{#NO_ACTIONS}}<p>No actions are listed under this priority.</p>{{/NO_ACTIONS}}
{{#ACTIONS}}<table>
<caption class="vh">Actions under {{NAME:h}}</caption>
<thead>
<tr>{{#COL_REF}}<th scope="col">Ref</th>{{/COL_REF}}{{#COL_OUTCOME}}<th scope="col">Outcome</th>{{/COL_OUTCOME}}<th scope="col">Action</th>{{#COL_LEAD}}<th scope="col">Lead</th>{{/COL_LEAD}}{{#COL_TIMESCALE}}<th scope="col">Timescale</th>{{/COL_TIMESCALE}}{{#COL_DUE}}<th scope="col">Due</th>{{/COL_DUE}}<th scope="col">Status</th>{{#COL_PROGRESS}}<th scope="col">Progress</th>{{/COL_PROGRESS}}<th scope="col">Source</th></tr>
</thead>
<tbody>
{{#ACTION}}<tr>{{#COL_REF}}<td class="nowrap">{{REF:h}}</td>{{/COL_REF}}{{#COL_OUTCOME}}<td class="ml">{{OUTCOME:p}}</td>{{/COL_OUTCOME}}<td class="ml">{{#WORKSTREAM}}<strong>{{TEXT:h}}:</strong> {{/WORKSTREAM}}{{TEXT:p}}</td>{{#COL_LEAD}}<td class="ml">{{LEAD:p}}</td>{{/COL_LEAD}}{{#COL_TIMESCALE}}<td class="ml">{{TIMESCALE:p}}</td>{{/COL_TIMESCALE}}{{#COL_DUE}}<td class="nowrap">{{DUE:h}}</td>{{/COL_DUE}}<td><strong class="tag tag-{{STATUS_CLASS}}">{{STATUS:h}}</strong></td>{{#COL_PROGRESS}}<td class="ml">{{PROGRESS:p}}</td>{{/COL_PROGRESS}}<td class="src">{{SOURCE:h}}</td></tr>
{{/ACTION}}</tbody>
</table>{{/ACTIONS}}
</section>
{{/PRIORITY}}
</section>
{{/PLAN}}
</main>
<footer>
<p>Made with planport {{PLANPORT_VERSION:h}} from the plans named above. Status words and colours follow each plan’s own key; “Complete” includes actions the plan shades grey or blue.</p>
</footer>
</body>
</html>
