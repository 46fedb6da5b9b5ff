import type { Concentration, DependencyReport, Rates } from "../../core/insights/report.types.js";
import type { AnalyzeResult } from "./analyze-export.js";
import { escapeHtml } from "../../core/shared/escape-html.js";
import { lorenzSvg, trendSvg } from "./svg-charts.js";

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}%`);
const RATE_NAMES: Record<keyof Rates, string> = {
  support: "Support share (guide or idea)", avoidableService: "Avoidable service (do on learnable)", deflection: "Deflection",
  learning: "Learning", repeat: "Repeat (same topic within 90 days)", community: "Community share", link: "Link rate",
};

/**
 * The analyze report as one self-contained HTML page: inline CSS and SVG, no scripts or requests, a
 * table under each chart with its numbers, laid out for a phone first.
 */
export function renderReportHtml({ report, source }: AnalyzeResult): string {
  const h = escapeHtml;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dependency report — ${h(basename(source.file))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Who depends on whom</h1>
<p class="meta">${h(basename(source.file))} (${h(source.formatLabel)}), ${source.rows.toLocaleString("en")} rows${source.badRows > 0 ? `, ${source.badRows.toLocaleString("en")} unreadable` : ""}.
Window ${h(report.from)} to ${h(report.to)}; months in ${h(source.timeZone)}.</p>
<section class="cards">
${card("Helpers: work done by the top 20%", report.helpers)}
${card("Requesters: requests from the top 20%", report.requesters)}
</section>
${concentrationSection("Helpers", "resolutions", report.helpers)}
${concentrationSection("Requesters", "requests", report.requesters)}
${topicsSection(report)}
${trendSection(report)}
${ratesSection(report.rates)}
</main>
</body>
</html>
`;
}

function card(title: string, figures: Concentration): string {
  return `<div class="card"><h2>${escapeHtml(title)}</h2><p class="big">${percent(figures.n > 0 ? figures.top20Share : null)}</p>
<p>Gini ${figures.gini.toFixed(3)} over ${figures.n.toLocaleString("en")} people</p></div>`;
}

function concentrationSection(who: string, what: string, figures: Concentration): string {
  // The table gives the curve every 10% of people: point i = round(k·n/10) is an exact Lorenz point.
  const rows = figures.n === 0 ? [] : Array.from({ length: 11 }, (_, k) => figures.lorenz[Math.round((k * figures.n) / 10)] as [number, number]);
  return `<section><h2>${escapeHtml(who)}: Lorenz curve of ${escapeHtml(what)}</h2>
${lorenzSvg(figures.lorenz, `${who} Lorenz curve`)}
<p>Top 20% share ${percent(figures.n > 0 ? figures.top20Share : null)}, Gini ${figures.gini.toFixed(3)}, ${figures.n} people. The further the curve sags below the diagonal, the more the work rests on few people.</p>
<details><summary>Table</summary><table><thead><tr><th>Share of people (fewest first)</th><th>Share of ${escapeHtml(what)}</th></tr></thead><tbody>
${rows.map(([x, y]) => `<tr><td>${percent(x)}</td><td>${percent(y)}</td></tr>`).join("\n")}
</tbody></table></details></section>`;
}

function topicsSection(report: DependencyReport): string {
  const fragile = report.topics.filter((topic) => topic.busFactor === 1).length;
  return `<section><h2>Bus factor per topic</h2>
<p>The fewest helpers who together resolved at least half of a topic. ${fragile} topic${fragile === 1 ? "" : "s"} rest${fragile === 1 ? "s" : ""} on one person (flagged).</p>
<table><thead><tr><th>Topic</th><th>Bus factor</th><th>Resolutions</th></tr></thead><tbody>
${report.topics.map((topic) => `<tr${topic.busFactor <= 1 ? ' class="flag"' : ""}><td>${escapeHtml(topic.topic)}</td><td>${topic.busFactor}${topic.busFactor === 1 ? " ⚠" : ""}</td><td>${topic.resolutions}</td></tr>`).join("\n")}
</tbody></table></section>`;
}

function trendSection(report: DependencyReport): string {
  const months = report.monthly.map((month) => month.month);
  const volume = trendSvg(months, [
    { name: "requests", values: report.monthly.map((m) => m.requests), className: "s1" },
    { name: "resolutions", values: report.monthly.map((m) => m.resolutions), className: "s2" },
  ], "Requests and resolutions per month", false);
  const shares = trendSvg(months, [
    { name: "helpers' top 20%", values: report.monthly.map((m) => (m.resolutions > 0 ? m.helpersTop20Share : null)), className: "s1" },
    { name: "requesters' top 20%", values: report.monthly.map((m) => (m.requests > 0 ? m.requestersTop20Share : null)), className: "s2" },
  ], "Top-20% shares per month", true);
  return `<section><h2>Monthly trend</h2><div class="pair">${volume}${shares}</div>
<details><summary>Table</summary><table><thead><tr><th>Month</th><th>Requests</th><th>Resolutions</th><th>Helpers' top 20%</th><th>Requesters' top 20%</th></tr></thead><tbody>
${report.monthly.map((m) => `<tr><td>${escapeHtml(m.month)}</td><td>${m.requests}</td><td>${m.resolutions}</td><td>${percent(m.resolutions > 0 ? m.helpersTop20Share : null)}</td><td>${percent(m.requests > 0 ? m.requestersTop20Share : null)}</td></tr>`).join("\n")}
</tbody></table></details></section>`;
}

function ratesSection(rates: Rates): string {
  return `<section><h2>Rates</h2><p>— means the export does not carry the facts this rate needs.</p>
<table><tbody>${(Object.keys(RATE_NAMES) as (keyof Rates)[]).map((key) => `<tr><td>${RATE_NAMES[key]}</td><td>${percent(rates[key])}</td></tr>`).join("\n")}</tbody></table></section>`;
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

const CSS = `
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f6f7f9}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.1rem;margin:.25rem 0 .5rem}
section,.card{background:#fff;border-radius:.5rem;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px #0001}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;background:none;box-shadow:none;padding:0}
.card{margin:0}.big{font-size:2.2rem;font-weight:700;margin:0}.meta{color:#4a5263}
svg{width:100%;max-width:32rem;height:auto;display:block}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.axis{stroke:#8a93a6}.equality{stroke:#b9c0cc;stroke-dasharray:4 3}
.curve,.s1,.s2{fill:none;stroke-width:2.5}.curve,.s1{stroke:#2f6fde}.s2{stroke:#d9822b}
.s1-label{fill:#2f6fde;font-size:11px}.s2-label{fill:#d9822b;font-size:11px}.tick{font-size:10px;fill:#4a5263}
table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #e3e6eb}
td:not(:first-child),th:not(:first-child){text-align:right}
.flag td{background:#fff1e6;font-weight:600}
details{margin-top:.5rem}summary{cursor:pointer;color:#2f6fde}
`;
