/**
 * Builds a job summary in Markdown that never exceeds GitHub's 1 MiB step-summary limit (a larger one is
 * rejected and the step's summary is lost). Shrinkable tables (detail a reader can do without, such as
 * passing suites) give up rows first; then blocks are kept in order until the budget is spent, a table that
 * does not fit keeping as many rows as fit; the end says what was left out.
 */
import { escapeCell } from './markdown.js';

/** GitHub's limit per step, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** A plain-text cell (escaped here) or a Markdown one written by us (kept as it is, newlines folded). */
export type Cell = string | { markdown: string };

type Block =
  | { kind: 'text'; text: string }
  | {
      kind: 'table';
      header: readonly Cell[];
      rows: readonly (readonly Cell[])[];
      align: readonly Align[];
      shrinkable: boolean;
    };

export type Align = 'left' | 'right' | 'center';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class SummaryBuilder {
  private readonly blocks: Block[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    return this.raw(`${'#'.repeat(level)} ${text}`);
  }

  /** Markdown written by us; escape any outside text in it first. */
  raw(markdown: string): this {
    this.blocks.push({ kind: 'text', text: markdown });
    return this;
  }

  /** `shrinkable`: rows may be dropped to keep later blocks (failures, say) within the limit. */
  table(
    header: readonly Cell[],
    rows: readonly (readonly Cell[])[],
    align: readonly Align[] = [],
    options: { shrinkable?: boolean } = {},
  ): this {
    this.blocks.push({ kind: 'table', header, rows, align, shrinkable: options.shrinkable === true });
    return this;
  }

  /** A collapsed section. */
  details(summary: string, markdown: string): this {
    return this.raw(`<details><summary>${escapeCell(summary)}</summary>\n\n${markdown}\n\n</details>`);
  }

  render(limit: number = STEP_SUMMARY_LIMIT): string {
    // Room for the note that says what was left out.
    const budget = limit - 256;
    const parts: string[] = [];
    let used = 0;
    let omittedBlocks = 0;
    let omittedRows = 0;
    // What the fixed blocks need decides how many rows the shrinkable tables may keep.
    const fixedSize = this.blocks.reduce(
      (sum, b) => sum + (b.kind === 'table' && b.shrinkable ? 0 : blockSize(b)),
      0,
    );
    let shrinkableRoom = Math.max(0, budget - fixedSize);
    for (const block of this.blocks) {
      if (used >= budget) {
        omittedBlocks++;
        continue;
      }
      if (block.kind === 'text') {
        const size = bytes(block.text) + 2;
        if (used + size > budget) {
          omittedBlocks++;
          used = budget;
          continue;
        }
        parts.push(block.text);
        used += size;
        continue;
      }
      const head = renderRow(block.header) + '\n' + alignmentRow(block.header.length, block.align);
      if (used + bytes(head) + 2 > budget) {
        omittedBlocks++;
        used = budget;
        continue;
      }
      const lines = [head];
      used += bytes(head) + 2;
      if (block.shrinkable) shrinkableRoom -= bytes(head) + 2;
      let i = 0;
      for (; i < block.rows.length; i++) {
        const line = renderRow(block.rows[i] ?? []);
        const size = bytes(line) + 1;
        if (used + size > budget || (block.shrinkable && size > shrinkableRoom)) break;
        lines.push(line);
        used += size;
        if (block.shrinkable) shrinkableRoom -= size;
      }
      if (i < block.rows.length) {
        omittedRows += block.rows.length - i;
        if (!block.shrinkable) used = budget;
        else lines.push(renderRow([`… ${block.rows.length - i} more rows`]));
      }
      parts.push(lines.join('\n'));
    }
    if (omittedBlocks > 0 || omittedRows > 0) {
      const what = [
        omittedRows > 0 ? `${omittedRows} table row${omittedRows === 1 ? '' : 's'}` : '',
        omittedBlocks > 0 ? `${omittedBlocks} section${omittedBlocks === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      parts.push(`> [!NOTE]\n> ${what} left out to stay within GitHub's 1 MiB job-summary limit.`);
    }
    return parts.join('\n\n') + '\n';
  }
}

function blockSize(block: Block): number {
  if (block.kind === 'text') return bytes(block.text) + 2;
  const head = renderRow(block.header) + '\n' + alignmentRow(block.header.length, block.align);
  return block.rows.reduce((sum, row) => sum + bytes(renderRow(row)) + 1, bytes(head) + 2);
}

function renderRow(cells: readonly Cell[]): string {
  const text = cells.map((cell) =>
    typeof cell === 'string'
      ? escapeCell(cell)
      : /[\n|]/.test(cell.markdown)
        ? cell.markdown.replace(/\r?\n/g, '<br>').replace(/(?<!\\)\|/g, '\\|')
        : cell.markdown,
  );
  return `| ${text.join(' | ')} |`;
}

function alignmentRow(columns: number, align: readonly Align[]): string {
  const cells = Array.from({ length: columns }, (_, i) => {
    switch (align[i]) {
      case 'right':
        return '---:';
      case 'center':
        return ':---:';
      default:
        return '---';
    }
  });
  return `| ${cells.join(' | ')} |`;
}
