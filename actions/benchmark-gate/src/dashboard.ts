/**
 * The data branch's `index.html`: one self-contained page (inline SVG, no script, no CDN) that GitHub Pages
 * can serve, with a trend chart per benchmark over the stored runs.
 */
import type { History, Series } from './history.js';
import { METRICS } from './model.js';
import { formatValue } from './units.js';

/** Charts thin out to this many points: a page per thousand benchmarks stays a few megabytes. */
export const CHART_POINTS = 200;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function chart(name: string, series: Series, history: History): string {
  const points = series.points.slice(-CHART_POINTS);
  const values = points.map((p) => p[1]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const width = 600;
  const height = 160;
  const pad = 8;
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) =>
    height - pad - (high === low ? 0.5 : (v - low) / (high - low)) * (height - 2 * pad);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  const lastRun = last === undefined ? undefined : history.runs[last[0]];
  const better = series.direction === 'smaller-is-better' ? 'lower is better' : 'higher is better';
  return [
    `<section><h2>${escapeHtml(name)}</h2>`,
    `<p>Latest ${escapeHtml(formatValue(last?.[1] ?? 0, series.unit))} at <code>${escapeHtml(lastRun?.commit.slice(0, 7) ?? '')}</code> · range ${escapeHtml(formatValue(low, series.unit))} – ${escapeHtml(formatValue(high, series.unit))} · ${better} · ${series.points.length} runs</p>`,
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(name)}">`,
    `<rect width="${width}" height="${height}" fill="#f6f8fa"/>`,
    `<polyline fill="none" stroke="#0969da" stroke-width="2" points="${line}"/>`,
    '</svg></section>',
  ].join('\n');
}

export function dashboardHtml(history: History, title: string): string {
  const sections: string[] = [];
  for (const metric of METRICS) {
    const named = [...history.series[metric]].sort(([a], [b]) => a.localeCompare(b));
    if (named.length === 0) continue;
    sections.push(`<h1>${escapeHtml(metric)}</h1>`);
    for (const [name, series] of named) sections.push(chart(name, series, history));
  }
  const updated = history.runs[history.runs.length - 1]?.date ?? '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:640px;color:#1f2328}h2{font-size:15px;margin:1.5rem 0 .25rem;word-break:break-all}p{margin:.25rem 0;color:#59636e}svg{max-width:100%;height:auto}</style>
</head><body>
<header><strong>${escapeHtml(title)}</strong> · ${history.runs.length} runs stored · updated ${escapeHtml(updated)}</header>
${sections.join('\n')}
</body></html>
`;
}
