/**
 * The report's stylesheet: system fonts only (nothing to download), a sticky row of
 * outlet names over the comparison table, green `<ins>` for words only one outlet has and
 * red `<del>` for words it leaves out, and a print style without the filters or sticky
 * headers, each section starting on a new page.
 */
export const REPORT_STYLE = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --band: #f6f8fa; --page: #ffffff;
  --accent: #0550ae; --ins: #d2f4d8; --ins-ink: #0f5323; --del: #ffe0de; --del-ink: #8e1519;
  --mark: #fff1a8; --mark-deep: #ffd84d; --claim: #e6eefa; --claim-deep: #cfdcf3; --flag: #fff4d6; --flag-edge: #d4a72c;
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: var(--page); }
body { margin: 0 auto; padding: 1.5rem 2rem 4rem; max-width: 120rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
p { margin: .4rem 0; }
.lede { color: var(--muted); margin: 0 0 1rem; }
nav.toc { display: flex; gap: 1.25rem; margin: .5rem 0 1.25rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.num { font-variant-numeric: tabular-nums; }
td.num, th.num { text-align: right; }
.none { color: var(--muted); }
.badge { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; padding: .05rem .4rem; border-radius: 3px; background: #fbe3c5; color: #7a3e00; vertical-align: middle; }
.badge.type { background: #e7ecf3; color: #2f3f56; }

table.outlets td.headline { font-weight: 600; }
table.outlets td.headline a { color: var(--ink); text-decoration: none; }
table.outlets td.headline a:hover { text-decoration: underline; }

.legend { font-size: .9rem; color: var(--muted); }
#filters { display: flex; flex-wrap: wrap; gap: .6rem 1.75rem; align-items: center; margin: 1rem 0; padding: .75rem 1rem; background: var(--band); border: 1px solid var(--line); border-radius: 8px; font-size: .92rem; }
#filters fieldset { display: flex; flex-wrap: wrap; align-items: center; gap: .2rem .8rem; border: 0; margin: 0; padding: 0; }
#filters legend { float: left; padding: 0; margin-right: .2rem; font-weight: 700; }
#filters label { white-space: nowrap; cursor: pointer; }
#filters select, #filters input[type="search"] { font: inherit; padding: .15rem .35rem; border: 1px solid var(--line); border-radius: 4px; background: var(--page); }
#filters input[type="search"] { width: 14rem; }
#filters select { max-width: 16rem; }
#filters output { color: var(--muted); margin-left: auto; }

table.clusters { table-layout: fixed; }
table.clusters thead th { position: sticky; top: 0; z-index: 2; background: var(--page); color: var(--ink); font-size: .9rem; text-transform: none; letter-spacing: 0; border-bottom: 2px solid var(--ink); box-shadow: 0 1px 0 var(--line); }
table.clusters th.label, table.clusters td.label { width: 15rem; }
table.clusters tbody.group-head th { background: var(--band); font-size: 1.05rem; padding: .6rem; border-top: 2px solid var(--ink); }
table.clusters tbody tr:nth-child(even) td, table.clusters tbody tr:nth-child(even) th.label { background: #fbfcfd; }
tr[id] { scroll-margin-top: 4rem; }
th.label { font-weight: 400; }
th.label .id { font-weight: 700; font-size: 1.05rem; color: var(--ink); text-decoration: none; margin-right: .3rem; }
th.label .carried { font-size: .85rem; color: var(--muted); margin-top: .2rem; }
ul.flags { list-style: none; margin: .45rem 0 0; padding: 0; font-size: .82rem; }
ul.flags li { margin: .25rem 0; padding: .2rem .45rem; background: var(--flag); border-left: 3px solid var(--flag-edge); border-radius: 0 3px 3px 0; }
ul.flags .flag-type { font-weight: 700; }
td.absent { color: var(--muted); text-align: center; font-size: 1.2rem; }
.member { overflow-wrap: anywhere; }
.member + .member { margin-top: .6rem; padding-top: .6rem; border-top: 1px dashed var(--line); }
.member .meta { color: var(--muted); font-size: .83rem; margin-top: .2rem; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; font-weight: 600; border-radius: 2px; padding: 0 .1em; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; border-radius: 2px; padding: 0 .1em; }
del.gap { text-decoration: none; font-style: italic; font-size: .88em; white-space: nowrap; }

.panel { margin-bottom: 1.5rem; }
.panel .about { color: var(--muted); font-size: .9rem; margin-top: 0; }
table.framing { font-size: .92rem; }
table.framing th[scope="row"] { font-weight: 600; white-space: nowrap; }
meter { width: 5rem; height: .8rem; vertical-align: middle; }

/* Side by side when there is room, so two outlets' versions can be read together. */
.copies { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 34rem), 1fr)); gap: 1rem 3rem; }
article.copy { max-width: 46rem; margin: 0 0 2.5rem; padding-left: 3.2rem; }
article.copy header h3 { margin-bottom: 0; }
article.copy .facts { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.para { position: relative; line-height: 1.65; }
.para::before { content: "\\00b6" attr(data-n); position: absolute; left: -3.2rem; width: 2.6rem; text-align: right; color: var(--muted); font: 400 .75rem/2.2 system-ui, sans-serif; }
h4.para { font-size: 1.2rem; line-height: 1.35; margin: .6rem 0 .8rem; }
h5.para { font-size: 1rem; margin: 1rem 0 .4rem; }
mark { color: inherit; padding: .1em 0; }
mark.claim { background: var(--claim); }
mark.claim.nested { background: var(--claim-deep); }
mark.quote { background: var(--mark); }
mark.quote.nested { background: var(--mark-deep); }
.descriptor { text-decoration: underline dotted #6639ba; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.word-use { text-decoration: underline wavy #bc4c00; text-underline-offset: 3px; }
mark:target, span:target { outline: 2px solid var(--accent); outline-offset: 1px; scroll-margin-top: 3rem; }
tr:target th.label { box-shadow: inset 4px 0 0 var(--accent); }

@media (max-width: 60rem) {
  body { padding: 1rem; }
  table.clusters th.label, table.clusters td.label { width: 9rem; }
}

@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  #filters, nav.toc { display: none !important; }
  table.clusters thead th { position: static; box-shadow: none; }
  thead { display: table-header-group; }
  section + section { break-before: page; }
  article.copy + article.copy { break-before: page; }
  tr, .panel h3, .member { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  mark:target, span:target { outline: none; }
  ins, del, mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
