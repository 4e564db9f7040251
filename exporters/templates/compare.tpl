{{! compare.tpl — cross-board comparison: themes heat-map, status bars (with their numbers and a table as
    text equivalent), overdue actions. Values escaped with :h; ids, classes and flex weights come from planport. }}<!DOCTYPE html>
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
<p class="lede">{{PLAN_COUNT}} {{PLAN_WORD}} from {{BOARD_COUNT}} {{BOARD_WORD}}; status as at {{AS_OF_TEXT:h}}.</p>
<nav aria-label="Sections">
<ul>
<li><a href="#themes">Themes</a></li>
<li><a href="#status">Status of actions</a></li>
<li><a href="#overdue">Overdue actions</a></li>
</ul>
</nav>
</header>
<main id="main" tabindex="-1">
<h2 id="themes">Priorities and actions by theme</h2>
<p>Each cell gives the number of priorities a plan has on the theme and, below it, the number of actions under those priorities. A priority can have several themes, so columns do not add up to the plan’s totals. Darker cells mean more priorities.</p>
<ul class="legend" aria-label="Shading key">
<li><span class="heat-0">0</span> no priority</li>
<li><span class="heat-1">1</span> priority</li>
<li><span class="heat-2">2</span></li>
<li><span class="heat-3">3</span></li>
<li><span class="heat-4">4</span></li>
<li><span class="heat-5">5+</span> priorities</li>
</ul>
<table class="heat">
<caption>Priorities (and actions) per theme and plan</caption>
<thead>
<tr><th scope="col">Theme</th>{{#PLAN_HEAD}}<th scope="col">{{BOARD:h}}<br><span class="meta">{{PLAN:h}}</span></th>{{/PLAN_HEAD}}</tr>
</thead>
<tbody>
{{#THEME_ROW}}<tr><th scope="row">{{LABEL:h}}</th>{{#CELL}}<td class="heat-{{LEVEL}}"><span class="n">{{PRIORITIES}}</span><span class="a">{{ACTIONS}} {{ACTION_WORD}}</span></td>{{/CELL}}</tr>
{{/THEME_ROW}}</tbody>
</table>
<h2 id="status">Status of actions</h2>
<p>Each bar shows how a plan’s actions stand, with the number of actions in each part; the table after the bars gives the same numbers.</p>
<ul class="legend" aria-label="Status key">
<li><span class="tag tag-complete">Complete</span></li>
<li><span class="tag tag-green">Green — on track</span></li>
<li><span class="tag tag-amber">Amber</span></li>
<li><span class="tag tag-red">Red</span></li>
<li><span class="tag tag-unknown">Not rated</span></li>
</ul>
{{#BAR}}<h3>{{BOARD:h}}: {{PLAN:h}}</h3>
<div class="bar" aria-hidden="true">{{#SEGMENT}}<span class="tag-{{CLASS}}" style="flex: {{COUNT}} 1 0">{{COUNT}}</span>{{/SEGMENT}}{{#EMPTY_BAR}}<span class="tag-unknown" style="flex: 1 1 0">no actions</span>{{/EMPTY_BAR}}</div>
<p>{{TEXT:h}}</p>
{{/BAR}}
<table>
<caption>Actions by status, per plan</caption>
<thead>
<tr><th scope="col">Board</th><th scope="col">Plan</th><th scope="col" class="num">Complete</th><th scope="col" class="num">Green — on track</th><th scope="col" class="num">Amber</th><th scope="col" class="num">Red</th><th scope="col" class="num">Not rated</th><th scope="col" class="num">Total</th><th scope="col" class="num">Overdue</th></tr>
</thead>
<tbody>
{{#STATUS_ROW}}<tr><th scope="row">{{BOARD:h}}</th><td>{{PLAN:h}}</td><td class="num">{{COMPLETE}}</td><td class="num">{{GREEN}}</td><td class="num">{{AMBER}}</td><td class="num">{{RED}}</td><td class="num">{{UNKNOWN}}</td><td class="num">{{TOTAL}}</td><td class="num">{{OVERDUE}}</td></tr>
{{/STATUS_ROW}}</tbody>
</table>
<h2 id="overdue">Overdue actions</h2>
<p>Actions due before {{AS_OF_TEXT:h}} that are not complete. A due month counts as its last day; actions without a due date are never overdue.</p>
{{#NO_OVERDUE}}<p>No action was overdue on {{AS_OF_TEXT:h}}.</p>{{/NO_OVERDUE}}
{{#OVERDUE}}<table>
<caption>Overdue actions ({{COUNT}})</caption>
<thead>
<tr><th scope="col">Board</th><th scope="col">Plan</th><th scope="col">Priority</th><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Lead</th><th scope="col">Due</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#ROW}}<tr><td>{{BOARD:h}}</td><td>{{PLAN:h}}</td><td>{{PRIORITY:h}}</td><td class="nowrap">{{REF:h}}</td><td class="ml">{{TEXT:p}}</td><td class="ml">{{LEAD:p}}</td><td class="nowrap">{{DUE:h}}</td><td><strong class="tag tag-{{STATUS_CLASS}}">{{STATUS:h}}</strong></td></tr>
{{/ROW}}</tbody>
</table>{{/OVERDUE}}
</main>
<footer>
<p>Made with planport {{PLANPORT_VERSION:h}}. Themes are assigned from the words of each priority (model/themes.tsv); status follows each plan’s own key.</p>
</footer>
</body>
</html>
