/** A flat SVG badge (`coverage | 85.67%`), coloured from the config's range as Codecov colours it. */

/** Red below the range, green above it, and from red through yellow to green within it. */
export function badgeColor(value: number | undefined, range: readonly [number, number]): string {
  if (value === undefined) return '#9f9f9f';
  const [low, high] = range;
  if (value <= low) return '#e05d44';
  if (value >= high) return '#4c1';
  const t = (value - low) / (high - low);
  // Hue 0 (red) to 120 (green) through 60 (yellow).
  return `hsl(${Math.round(t * 120)}, 70%, 42%)`;
}

const charWidth = (text: string): number => Math.round(text.length * 6.5 + 10);

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function badgeSvg(
  value: number | undefined,
  range: readonly [number, number],
  label = 'coverage',
): string {
  const text = value === undefined ? 'unknown' : `${value}%`;
  const left = charWidth(label);
  const right = charWidth(text);
  const width = left + right;
  const color = badgeColor(value, range);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escape(label)}: ${escape(text)}">
<title>${escape(label)}: ${escape(text)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${escape(label)}</text><text x="${left + right / 2}" y="14">${escape(text)}</text>
</g>
</svg>
`;
}

/**
 * The same badge as a shields.io endpoint (https://shields.io/badges/endpoint-badge): published next to the
 * SVG, `https://img.shields.io/endpoint?url=…` draws it in shields' own styles.
 */
export function badgeEndpoint(
  value: number | undefined,
  range: readonly [number, number],
  label = 'coverage',
): string {
  const color = badgeColor(value, range).replace(/^#/, '');
  return `${JSON.stringify({
    schemaVersion: 1,
    label,
    message: value === undefined ? 'unknown' : `${value}%`,
    color,
  })}\n`;
}
