import { escapeHtml } from "../shared/escape-html.js";
import type { DependencyReport, Rates } from "./report.types.js";

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

const pct = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** The headline figures of a month, in the order a leader reads them, with what "better" means. */
function headlines(report: DependencyReport, previous: DependencyReport | null) {
  const change = (now: number | null, before: number | null | undefined, lowerIsBetter: boolean) => {
    if (now === null || before === null || before === undefined) return "";
    const points = Math.round((now - before) * 100);
    if (points === 0) return " (no change)";
    const better = lowerIsBetter ? points < 0 : points > 0;
    return ` (${points > 0 ? "+" : ""}${points} points, ${better ? "better" : "worse"})`;
  };
  const rate = (key: keyof Rates) => [report.rates[key], previous?.rates[key]] as const;
  return [
    ["Help from the top 20% of helpers", pct(report.helpers.n ? report.helpers.top20Share : null) + change(report.helpers.top20Share, previous?.helpers.top20Share, true)],
    ["Requests asking to be shown how (support share)", pct(rate("support")[0]) + change(...rate("support"), false)],
    ['"Do it for me" on things people could learn', pct(rate("avoidableService")[0]) + change(...rate("avoidableService"), true)],
    ["Answered by the community, not the tech team", pct(rate("community")[0]) + change(...rate("community"), false)],
    ["Found the answer before asking (deflection)", pct(rate("deflection")[0]) + change(...rate("deflection"), false)],
    ['"Could do it myself next time"', pct(rate("learning")[0]) + change(...rate("learning"), false)],
  ] as const;
}

/**
 * The monthly email to leaders who asked for it: headline figures with the change from the month
 * before, and one chart — support share by month, drawn with table cells so every mail client shows it.
 */
export function composeDigest(input: { schoolName: string; month: string; report: DependencyReport; previous: DependencyReport | null; dashboardUrl: string }): Digest {
  const { report, previous } = input;
  const lines = headlines(report, previous);
  const subject = `${input.schoolName}: who depends on whom in ${input.month}`;
  const months = report.monthly.slice(-12);
  const text = [
    `${input.schoolName} — ${input.month}`,
    "",
    ...lines.map(([label, value]) => `${label}: ${value}`),
    "",
    "Support share by month:",
    ...months.map((m) => `  ${m.month}  ${pct(m.rates.support)}`),
    "",
    `The whole picture: ${input.dashboardUrl}`,
    "You get this because you asked for the monthly digest; turn it off on your profile page.",
  ].join("\n");
  const bars = months
    .map((m) => {
      const width = Math.round((m.rates.support ?? 0) * 200);
      return `<tr><td style="padding:2px 8px 2px 0;font-size:12px;color:#555">${escapeHtml(m.month)}</td><td><div style="background:#2f7d6d;height:12px;width:${width}px"></div></td><td style="padding-left:6px;font-size:12px">${pct(m.rates.support)}</td></tr>`;
    })
    .join("");
  const html = `<div style="font-family:system-ui,sans-serif;max-width:560px">
<h2 style="margin:0 0 4px">${escapeHtml(input.schoolName)}</h2>
<p style="margin:0 0 16px;color:#555">Who depends on whom in ${escapeHtml(input.month)}</p>
<table style="border-collapse:collapse;margin-bottom:16px">${lines
    .map(([label, value]) => `<tr><td style="padding:4px 12px 4px 0">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`)
    .join("")}</table>
<p style="margin:0 0 6px;font-weight:600">Support share by month</p>
<table style="border-collapse:collapse">${bars}</table>
<p><a href="${escapeHtml(input.dashboardUrl)}">Open the dashboard</a></p>
<p style="color:#777;font-size:12px">You get this because you asked for the monthly digest; turn it off on your profile page.</p>
</div>`;
  return { subject, text, html };
}
