"""The HTML report's style sheet: pleasant on screen, compact on A4.

On screen the sections marked ``half`` stand two to a row (one on a narrow
window).  In print the text is set at 9 pt, nothing needs a background colour
to be read, and sections, charts, figures and table rows are kept whole on a
page; a section marked ``flow`` (a long table, a list of texts) may run onto
the next page, its table heading repeated.
"""

from __future__ import annotations

from typing import Final

STYLE: Final = """
:root { color-scheme: light; --ink: #1d2430; --muted: #4f5866; --line: #d9dee6; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem; }
a { color: inherit; }
header { margin: 0 0 1.5rem; border-bottom: 2px solid var(--ink); padding-bottom: .5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .35rem; line-height: 1.2; }
h2 { font-size: 1.2rem; margin: 0 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: .5rem 0 .25rem; }
main { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 2.5rem; }
main > * { grid-column: 1 / -1; }
main > section.half { grid-column: auto; }
@media screen and (max-width: 40rem) { main > section.half { grid-column: 1 / -1; } }
section { margin: 0 0 1.75rem; break-inside: avoid; page-break-inside: avoid; }
section.flow { break-inside: auto; page-break-inside: auto; }
.note, figcaption { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
.withheld { border-left: 4px solid #b35c17; padding: .4rem .75rem; background: #fdf3ea;
  margin: .25rem 0; }
dl.facts { display: flex; flex-wrap: wrap; gap: .15rem 1.75rem; margin: 0 0 .35rem; }
dl.facts div { display: flex; gap: .4rem; }
dl.facts dt { color: var(--muted); } dl.facts dt::after { content: ":"; }
dl.facts dd { margin: 0; font-weight: 600; }
figure { margin: 0; break-inside: avoid; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 2.5rem; }
@media screen and (max-width: 40rem) { .charts { grid-template-columns: 1fr; } }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-top: .5rem; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--line); text-align: right; }
th { vertical-align: bottom; font-weight: 600; }
th:first-child, td:first-child { text-align: left; white-space: nowrap; }
td[colspan] { text-align: left; color: var(--muted); font-style: italic; }
tr { break-inside: avoid; }
svg.chart { width: 100%; height: auto; display: block; margin: .25rem 0; overflow: visible; }
svg .label, svg .value, svg .tick { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .tick { fill: var(--muted); }
svg .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .line { fill: none; stroke-width: 2.5; }
ul.legend { list-style: none; padding: 0; margin: .25rem 0; display: flex; gap: .25rem 1.25rem;
  flex-wrap: wrap; font-size: .9rem; }
svg.swatch { width: 1.75rem; height: .5rem; margin-right: .35rem; vertical-align: middle; }
.kinds { columns: 2 18rem; column-gap: 2.5rem; }
.kinds > div { break-inside: avoid; }
section.themes ul { padding-left: 1.1rem; margin: 0 0 .5rem; }
section.themes li { margin: .15rem 0; }
section.themes h3 { margin-top: .35rem; }
@page { size: A4; margin: 12mm 13mm 14mm; }
@media print {
  html { font-size: 9pt; }
  body { max-width: none; padding: 0; line-height: 1.35; }
  header { margin-bottom: .6rem; padding-bottom: .3rem; border-bottom-width: 1px; }
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.15rem; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  main { gap: 0 1.5rem; }
  section { margin-bottom: .8rem; }
  .charts { gap: 0 1.5rem; }
  .withheld { background: none; }
  a { text-decoration: none; }
  a[href]::after { content: none; }
}
"""
