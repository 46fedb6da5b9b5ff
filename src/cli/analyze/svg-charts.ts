/**
 * Hand-made inline SVG charts for the analyze report: no scripts, no external requests, scaled to the
 * screen by their viewBox. Every text that comes from data goes through `escapeHtml`.
 */
import { escapeHtml } from "../../core/shared/escape-html.js";
const WIDTH = 320;
const HEIGHT = 240;
const PAD = 36;


const fixed = (value: number) => (Math.round(value * 10) / 10).toString();
const sx = (x: number) => PAD + x * (WIDTH - PAD - 8);
const TOP = 22; // room for the y-axis label above the 100% tick
const sy = (y: number) => HEIGHT - PAD - y * (HEIGHT - PAD - TOP);

/** At most `limit` points of a curve, always keeping the first and last (a curve of 50,000 people stays light). */
export function thin<T>(points: readonly T[], limit = 200): T[] {
  if (points.length <= limit) return [...points];
  const step = (points.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, k) => points[Math.round(k * step)] as T);
}

/** A Lorenz curve against the line of equality, axes in percent. */
export function lorenzSvg(points: readonly [number, number][], label: string): string {
  const path = thin(points).map(([x, y], index) => `${index === 0 ? "M" : "L"}${fixed(sx(x))},${fixed(sy(y))}`).join(" ");
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(label)}">
${axes("share of people, fewest first", "share of the work")}
<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(1)}" y2="${sy(1)}" class="equality"/>
${points.length > 0 ? `<path d="${path}" class="curve"/>` : `<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">no data</text>`}
</svg>`;
}

/** Lines over months: each series is scaled to its own maximum when `shares` is false, to 0..1 otherwise. */
export function trendSvg(months: readonly string[], series: { name: string; values: (number | null)[]; className: string }[], label: string, shares: boolean): string {
  const max = shares ? 1 : Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = (index: number) => sx(months.length <= 1 ? 0.5 : index / (months.length - 1));
  const lines = series.map((s) => {
    let path = "";
    s.values.forEach((value, index) => {
      if (value === null) return;
      path += `${path === "" || s.values[index - 1] === null ? "M" : "L"}${fixed(x(index))},${fixed(sy(value / max))} `;
    });
    return `<path d="${path.trim()}" class="${s.className}"/>`;
  });
  const ticks = months.length === 0 ? [] : [0, months.length - 1].filter((v, i, all) => all.indexOf(v) === i);
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(label)}">
${axes("", shares ? "" : `max ${max}`, shares)}
${lines.join("\n")}
${ticks.map((index) => `<text x="${fixed(x(index))}" y="${HEIGHT - PAD + 14}" text-anchor="${months.length === 1 ? "middle" : index === 0 ? "start" : "end"}" class="tick">${escapeHtml(months[index] ?? "")}</text>`).join("")}
<g class="legend">${series.map((s, index) => `<text x="${WIDTH - 8}" y="${11 + index * 13}" class="${s.className}-label" text-anchor="end">${escapeHtml(s.name)}</text>`).join("")}</g>
</svg>`;
}

function axes(xLabel: string, yLabel: string, percentTicks = true): string {
  const ticks = percentTicks
    ? [0, 0.5, 1].map((v) => `<text x="${PAD - 4}" y="${fixed(sy(v) + 4)}" text-anchor="end" class="tick">${v * 100}%</text>`).join("")
    : "";
  return `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(1)}" y2="${sy(0)}" class="axis"/>
<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(0)}" y2="${sy(1)}" class="axis"/>${ticks}
<text x="${sx(0.5)}" y="${HEIGHT - 4}" text-anchor="middle" class="tick">${escapeHtml(xLabel)}</text>
<text x="${PAD - 30}" y="11" class="tick">${escapeHtml(yLabel)}</text>`;
}
