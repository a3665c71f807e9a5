/**
 * A streaming XML scanner over bytes, for Cobertura reports: about four times saxes' speed, because a
 * 200 MB report is millions of `<line number=".." hits=".."/>` elements and per element saxes decodes the
 * text, builds an attribute object and strings for every name and value. Here the bytes are never decoded
 * as a whole: `<` is found with Buffer#indexOf (memchr), attributes are spans read on demand (numbers parsed
 * from the bytes), and only the values asked for become strings. A handler may go faster still where it
 * knows the shape of the bytes (`skim`: the Cobertura reader's run of `<line/>` elements).
 *
 * It checks what a report needs to be trusted, with the same safety as saxes: one root element, tags that
 * nest and match, quoted attribute values without `<`, no text outside the root, and entity references
 * limited to XML's five and character references. A DOCTYPE is allowed (Java's Cobertura writes one) but
 * an internal subset — where entities are declared, the XXE and billion-laughs tricks — is refused, and
 * any other entity reference is an error: nothing is ever expanded or fetched. It does not check
 * everything XML's grammar forbids (name characters, `--` in comments): such a report is still read right.
 */

/**
 * Where the document is wrong, as a byte offset: lines are not counted while scanning (a newline search per
 * line was a twentieth of the run), but afterwards, from the bytes, by `positionOf` — errors are rare.
 */
export class XmlScanError extends Error {
  override readonly name = 'XmlScanError';
  constructor(
    message: string,
    /** Bytes from the start of the document (a byte order mark included) to where it goes wrong. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The current element's attributes; valid only during the `open` callback. */
export interface Attributes {
  /** The decoded value, entities resolved. */
  get(name: string): string | undefined;
  /**
   * The value as a number: read from the bytes when it is plain digits, else as `Number` reads it (`+7`,
   * `1.5`, an entity); undefined when absent, empty or not a finite number.
   */
  int(name: string): number | undefined;
  /** Whether the attribute is present with exactly this ASCII value (decoded only when it has references). */
  is(name: string, value: string): boolean;
  /** Every attribute, decoded, in document order. */
  entries(): [string, string][];
  /**
   * The runs of digits in a value, as numbers, into `into` (e.g. `50% (1/2)` gives 50, 1, 2); returns how
   * many (at most `into.length`; later ones are dropped), or -1 when the attribute is absent.
   */
  numbers(name: string, into: Float64Array): number;
}

export interface ScanHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Called for the text of elements for which `wantText` says yes (others' text is checked, not decoded). */
  text(text: string): void;
  wantText(element: string): boolean;
  /**
   * A fast path, asked at each `<` inside the root where no text is wanted: it may read a run of complete,
   * self-closing elements without entity references (and the whitespace between them) that it vouches are
   * well-formed, handle them itself, and return the position after them; or return `pos` to leave the
   * bytes to the scanner. Whatever it is unsure of it leaves, and the scanner then reads or refuses it.
   */
  skim?(buf: Buffer, pos: number): number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const NEWLINE = 0x0a;
const LBRACKET = 0x5b;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether bytes [start, end) are the ASCII string `text` (a non-ASCII name never matches: it is decoded). */
function sameBytes(buf: Buffer, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code > 0x7f || buf[start + k] !== code) return false;
  }
  return true;
}

/**
 * Thrown inside the scan when a token is cut by the chunk's end: wait for more bytes. One instance, made
 * once, so a cut token costs no stack capture.
 */
class IncompleteToken extends Error {}
const INCOMPLETE = new IncompleteToken('a token continues in the next chunk');

export class XmlScanner implements Attributes {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes before `pending`, for positions in errors. */
  private consumedBytes = 0;
  private readonly stack: string[] = [];
  private sawRoot = false;
  private bomChecked = false;
  private textTarget = false;
  /** The tag being scanned: its buffer and attribute spans (name start/end, value start/end, entity flag). */
  private buf: Buffer = Buffer.alloc(0);
  private spans = new Int32Array(5 * 16);
  private spanCount = 0;
  /** wantText's answer per element name, asked once per name rather than at every tag. */
  private readonly wants = new Map<string, boolean>();
  /** Element names seen so far, by length: a report uses a dozen, so each tag's name is matched, not decoded. */
  private readonly names = new Map<number, string[]>();
  private namesKnown = 0;

  private readonly skim: ((buf: Buffer, pos: number) => number) | undefined;

  constructor(private readonly handlers: ScanHandlers) {
    this.skim = handlers.skim?.bind(handlers);
  }

  write(input: Buffer): void {
    let chunk = input;
    if (!this.bomChecked) {
      // A UTF-8 byte order mark (Windows tools write one) is not text before the root.
      const head = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
      this.pending = Buffer.alloc(0);
      if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) {
        this.pending = Buffer.from(head);
        return;
      }
      this.bomChecked = true;
      if (head.subarray(0, 3).equals(BOM)) {
        chunk = head.subarray(3);
        this.consumedBytes = 3;
      } else chunk = head;
    }
    let buf = chunk;
    if (this.pending.length > 0) {
      // Join only the seam (the cut token and the chunk up to its first '>'), not the whole chunk: copying
      // every chunk behind the leftover cost more than scanning it.
      const gt = chunk.indexOf(GT);
      const seam = Buffer.concat([this.pending, gt === -1 ? chunk : chunk.subarray(0, gt + 1)]);
      const seamUsed = this.scan(seam, false);
      this.consumedBytes += seamUsed;
      const rest = gt === -1 ? Buffer.alloc(0) : chunk.subarray(gt + 1);
      // A token that goes on past that '>' (a comment, a quoted '>') waits with the rest of the chunk.
      buf = seamUsed === seam.length ? rest : Buffer.concat([seam.subarray(seamUsed), rest]);
      this.pending = Buffer.alloc(0);
    }
    const used = this.scan(buf, false);
    this.consumedBytes += used;
    this.pending = used === buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(used));
  }

  close(): void {
    const used = this.scan(this.pending, true);
    this.consumedBytes += used;
    this.pending = Buffer.alloc(0);
    if (!this.sawRoot) throw this.error('no root element', this.consumedBytes);
    if (this.stack.length > 0)
      throw this.error(
        `unexpected end of document: <${this.stack.at(-1) ?? ''}> is not closed`,
        this.consumedBytes,
      );
  }

  /** An error at byte `offset` of the current buffer. */
  private errorAt(message: string, offset: number): XmlScanError {
    return new XmlScanError(message, this.consumedBytes + offset);
  }

  private error(message: string, absolute: number): XmlScanError {
    return new XmlScanError(message, absolute);
  }

  /** Scans whole tokens; returns how many bytes were consumed (the rest waits for the next chunk). */
  private scan(buf: Buffer, final: boolean): number {
    let pos = 0;
    const end = buf.length;
    while (pos < end) {
      const lt = buf.indexOf(LT, pos);
      const textEnd = lt === -1 ? end : lt;
      if (textEnd > pos) {
        if (lt === -1 && !final) return pos; // text may continue in the next chunk
        this.textSegment(buf, pos, textEnd);
        pos = textEnd;
        continue;
      }
      if (this.skim !== undefined && this.stack.length > 0 && !this.textTarget) {
        const after = this.skim(buf, pos);
        if (after > pos) {
          pos = after;
          continue;
        }
      }
      try {
        pos = this.markup(buf, pos);
      } catch (error) {
        if (error === INCOMPLETE) {
          if (final) throw this.errorAt('unexpected end of document inside markup', pos);
          return pos;
        }
        throw error;
      }
    }
    return pos;
  }

  private textSegment(buf: Buffer, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (!isSpace(buf[i] ?? 0))
          throw this.errorAt(
            this.sawRoot ? 'text after the root element' : 'text before the root element',
            i,
          );
      }
      return;
    }
    // A bounded loop, not indexOf: that would search the rest of the buffer for every short text.
    let hasEntity = false;
    for (let i = start; i < end; i++) {
      if (buf[i] === AMP) {
        hasEntity = true;
        break;
      }
    }
    if (this.textTarget) this.handlers.text(this.decode(buf, start, end, hasEntity));
    else if (hasEntity) this.decode(buf, start, end, true); // checked, not kept
  }

  /** One markup token at `pos` (a `<`); returns the position after it. */
  private markup(buf: Buffer, pos: number): number {
    const next = buf[pos + 1];
    if (next === undefined) throw INCOMPLETE;
    if (next === BANG) return this.declaration(buf, pos);
    if (next === QUESTION) return this.skipPast(buf, pos + 2, '?>');
    if (next === SLASH) return this.closeTag(buf, pos);
    return this.openTag(buf, pos);
  }

  private skipPast(buf: Buffer, from: number, terminator: string): number {
    const at = buf.indexOf(terminator, from, 'latin1');
    if (at === -1) throw INCOMPLETE;
    return at + terminator.length;
  }

  private declaration(buf: Buffer, pos: number): number {
    if (buf.length < pos + 4) throw INCOMPLETE;
    if (buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d) return this.skipPast(buf, pos + 4, '-->');
    if (buf.length < pos + 9) throw INCOMPLETE;
    const head = buf.toString('latin1', pos, pos + 9);
    if (head === '<![CDATA[') {
      if (this.stack.length === 0) throw this.errorAt('CDATA outside the root element', pos);
      const endAt = buf.indexOf(']]>', pos + 9, 'latin1');
      if (endAt === -1) throw INCOMPLETE;
      if (this.textTarget) this.handlers.text(buf.toString('utf8', pos + 9, endAt));
      return endAt + 3;
    }
    if (head.toUpperCase() === '<!DOCTYPE') {
      if (this.sawRoot) throw this.errorAt('a DOCTYPE after the root element', pos);
      let quote = 0;
      for (let i = pos + 9; i < buf.length; i++) {
        const c = buf[i] ?? 0;
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === DQUOTE || c === SQUOTE) quote = c;
        else if (c === LBRACKET)
          throw this.errorAt(
            'a DTD internal subset is refused: entity declarations are never expanded (XXE, billion laughs)',
            i,
          );
        else if (c === GT) return i + 1;
      }
      throw INCOMPLETE;
    }
    throw this.errorAt(`unexpected markup '${head.replace(/[^\x20-\x7e]/g, '?')}'`, pos);
  }

  private name(buf: Buffer, start: number): number {
    let i = start;
    for (; i < buf.length; i++) {
      const c = buf[i] ?? 0;
      if (isSpace(c) || c === SLASH || c === GT || c === EQUALS) break;
    }
    if (i === buf.length) throw INCOMPLETE;
    if (i === start) throw this.errorAt('a name was expected', start);
    return i;
  }

  private closeTag(buf: Buffer, pos: number): number {
    const nameEnd = this.name(buf, pos + 2);
    let i = nameEnd;
    while (i < buf.length && isSpace(buf[i] ?? 0)) i++;
    if (i === buf.length) throw INCOMPLETE;
    if (buf[i] !== GT) throw this.errorAt('> was expected to end the closing tag', i);
    const name = this.intern(buf, pos + 2, nameEnd);
    const open = this.stack.pop();
    if (open === undefined) throw this.errorAt(`closing tag </${name}> with no element open`, pos);
    if (open !== name) throw this.errorAt(`closing tag </${name}> does not match <${open}>`, pos);
    this.handlers.close(name);
    this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');
    return i + 1;
  }

  private openTag(buf: Buffer, pos: number): number {
    const nameEnd = this.name(buf, pos + 1);
    if (this.stack.length === 0 && this.sawRoot) throw this.errorAt('a second root element', pos);
    this.spanCount = 0;
    let i = nameEnd;
    let selfClosing = false;
    for (;;) {
      const spaceStart = i;
      while (i < buf.length && isSpace(buf[i] ?? 0)) i++;
      if (i >= buf.length) throw INCOMPLETE;
      const c = buf[i];
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= buf.length) throw INCOMPLETE;
        if (buf[i + 1] !== GT) throw this.errorAt('> was expected after /', i + 1);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === spaceStart) throw this.errorAt('whitespace was expected between attributes', i);
      const attrName = i;
      const attrNameEnd = this.name(buf, i);
      i = attrNameEnd;
      while (i < buf.length && isSpace(buf[i] ?? 0)) i++;
      if (i >= buf.length) throw INCOMPLETE;
      if (buf[i] !== EQUALS) throw this.errorAt('= was expected after an attribute name', i);
      i++;
      while (i < buf.length && isSpace(buf[i] ?? 0)) i++;
      if (i >= buf.length) throw INCOMPLETE;
      const quote = buf[i];
      if (quote !== DQUOTE && quote !== SQUOTE) throw this.errorAt('an attribute value must be quoted', i);
      const valueStart = i + 1;
      const valueEnd = buf.indexOf(quote, valueStart);
      if (valueEnd === -1) throw INCOMPLETE;
      let entity = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const v = buf[k];
        if (v === LT) throw this.errorAt('< in an attribute value', k);
        if (v === AMP) entity = 1;
      }
      const base = this.spanCount * 5;
      if (base + 5 > this.spans.length) {
        const grown = new Int32Array(this.spans.length * 2);
        grown.set(this.spans);
        this.spans = grown;
      }
      this.spans[base] = attrName;
      this.spans[base + 1] = attrNameEnd;
      this.spans[base + 2] = valueStart;
      this.spans[base + 3] = valueEnd;
      this.spans[base + 4] = entity;
      this.spanCount++;
      i = valueEnd + 1;
    }
    const name = this.intern(buf, pos + 1, nameEnd);
    // Entity references in values are checked even when no one asks for the value.
    for (let s = 0; s < this.spanCount; s++)
      if (this.spans[s * 5 + 4] === 1)
        this.decode(buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, true);
    this.sawRoot = true;
    this.buf = buf;
    this.stack.push(name);
    this.handlers.open(name, this);
    if (selfClosing) {
      this.stack.pop();
      this.handlers.close(name);
    }
    this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');
    return i;
  }

  private wanted(element: string): boolean {
    let want = this.wants.get(element);
    if (want === undefined) {
      want = this.handlers.wantText(element);
      this.wants.set(element, want);
    }
    return want;
  }

  private intern(buf: Buffer, start: number, end: number): string {
    const key = ((end - start) << 8) | (buf[start] ?? 0);
    const known = this.names.get(key);
    if (known !== undefined) {
      for (const name of known) if (sameBytes(buf, start, end, name)) return name;
    }
    const name = buf.toString('utf8', start, end);
    if (this.namesKnown < 256) {
      this.namesKnown++;
      if (known === undefined) this.names.set(key, [name]);
      else known.push(name);
    }
    return name;
  }

  numbers(name: string, into: Float64Array): number {
    const s = this.find(name);
    if (s === -1) return -1;
    const start = this.spans[s * 5 + 2] ?? 0;
    const end = this.spans[s * 5 + 3] ?? 0;
    if (this.spans[s * 5 + 4] === 1) {
      // Entities in a number: rare enough for the decoded route.
      const found = (this.get(name) ?? '').match(/\d+/g) ?? [];
      found.slice(0, into.length).forEach((d, i) => (into[i] = Number(d)));
      return Math.min(found.length, into.length);
    }
    let count = 0;
    let current = -1;
    for (let i = start; i <= end; i++) {
      const d = i < end ? (this.buf[i] ?? 0) - 0x30 : -1;
      if (d >= 0 && d <= 9) current = current < 0 ? d : current * 10 + d;
      else if (current >= 0) {
        if (count < into.length) into[count++] = current;
        current = -1;
      }
    }
    return count;
  }

  entries(): [string, string][] {
    const out: [string, string][] = [];
    for (let s = 0; s < this.spanCount; s++) {
      const b = s * 5;
      out.push([
        this.buf.toString('utf8', this.spans[b] ?? 0, this.spans[b + 1] ?? 0),
        this.decode(this.buf, this.spans[b + 2] ?? 0, this.spans[b + 3] ?? 0, this.spans[b + 4] === 1),
      ]);
    }
    return out;
  }

  is(name: string, value: string): boolean {
    const s = this.find(name);
    if (s === -1) return false;
    // A value with entity references is compared as it reads (`&#116;rue` is `true`).
    if (this.spans[s * 5 + 4] === 1) return this.get(name) === value;
    return sameBytes(this.buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, value);
  }

  private find(name: string): number {
    for (let s = 0; s < this.spanCount; s++) {
      if (sameBytes(this.buf, this.spans[s * 5] ?? 0, this.spans[s * 5 + 1] ?? 0, name)) return s;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const s = this.find(name);
    if (s === -1) return undefined;
    return this.decode(
      this.buf,
      this.spans[s * 5 + 2] ?? 0,
      this.spans[s * 5 + 3] ?? 0,
      this.spans[s * 5 + 4] === 1,
    );
  }

  int(name: string): number | undefined {
    const s = this.find(name);
    if (s === -1) return undefined;
    const start = this.spans[s * 5 + 2] ?? 0;
    const end = this.spans[s * 5 + 3] ?? 0;
    if (end === start) return undefined;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = (this.buf[i] ?? 0) - 0x30;
      if (d < 0 || d > 9) {
        // Not plain digits (a sign, a decimal point, an entity): the general route.
        const value = Number(this.get(name));
        return Number.isFinite(value) ? value : undefined;
      }
      n = n * 10 + d;
    }
    return n;
  }

  /** Decodes UTF-8 and resolves the five predefined entities and character references; others are errors. */
  private decode(buf: Buffer, start: number, end: number, hasEntity: boolean): string {
    const raw = buf.toString('utf8', start, end);
    if (!hasEntity) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (match, ref: string) => {
      if (!match.endsWith(';')) throw this.errorAt(`an unterminated entity reference '${match}'`, start);
      if (ref in PREDEFINED) return PREDEFINED[ref] ?? '';
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
      if (code !== undefined) {
        const value = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
        if (value > 0 && value <= 0x10ffff) return String.fromCodePoint(value);
      }
      throw this.errorAt(`undefined entity &${ref}; (only XML's predefined entities are allowed)`, start);
    });
  }
}

/** Line and column (both from 1; the column in bytes) of a byte offset, from the document's bytes in order. */
export async function positionOf(
  bytes: AsyncIterable<Buffer> | Iterable<Buffer>,
  offset: number,
): Promise<{ line: number; column: number }> {
  let line = 1;
  let lastNewline = -1;
  let seen = 0;
  for await (const chunk of bytes) {
    // A byte order mark is not a column of the first line.
    if (seen === 0 && chunk.subarray(0, 3).equals(BOM)) lastNewline = 2;
    const upTo = Math.min(chunk.length, offset - seen);
    for (let i = chunk.indexOf(NEWLINE); i !== -1 && i < upTo; i = chunk.indexOf(NEWLINE, i + 1)) {
      line++;
      lastNewline = seen + i;
    }
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return { line, column: offset - lastNewline };
}
