/** The combined job summary as the demo shows it: in the terminal, and as a Markdown and an HTML file. */
import { Marked, type MarkedExtension } from 'marked';
import { markedTerminal } from 'marked-terminal';

/** GitHub folds `<details>`; a terminal cannot, so a folded section shows as its label (the HTML has it all). */
function fold(markdown: string): string {
  return markdown
    .replace(/<details>\s*<summary>(.*?)<\/summary>[\s\S]*?<\/details>/g, '▸ _$1 (folded: see summary.html)_')
    .replace(/<br\s*\/?>/g, ' ');
}

export function renderForTerminal(markdown: string, width: number, color: boolean): string {
  const terminal = new Marked(
    markedTerminal({
      width,
      reflowText: true,
      tab: 2,
      tableOptions: { style: color ? { head: ['bold'] } : { head: [], border: [] } },
    }) as unknown as MarkedExtension,
  );
  return terminal.parse(fold(markdown), { async: false });
}

const STYLE = `
body { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
  max-width: 1012px; margin: 2rem auto; padding: 0 1rem; }
h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
table { border-collapse: collapse; margin: 1em 0; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; padding: .2em .4em; border-radius: 6px; font-size: 85%; }
pre { background: #f6f8fa; padding: 16px; overflow: auto; border-radius: 6px; }
hr { border: 0; border-top: 1px solid #d1d9e0; margin: 2em 0; }
.step { color: #59636e; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
`;

/** A standalone page, close to how GitHub shows a job summary (GitHub-flavoured Markdown, HTML kept). */
export function renderHtml(markdown: string, title: string): string {
  const body = new Marked({ gfm: true }).parse(markdown, { async: false });
  const escapedTitle = title.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapedTitle}</title><style>${STYLE}</style></head>
<body>
${body}
</body>
</html>
`;
}
