/**
 * The byte scanner that reads Cobertura, checked against saxes (the suite's XML parser): the same events
 * for valid documents in every chunking, an error wherever saxes finds one in the malformed documents, and
 * the same line totals as a saxes-based reader on every Cobertura fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../actions/coverage-gate/src/parsers.js';
import { Arena, FileCoverage, totalsOf } from '../../../actions/coverage-gate/src/model.js';
import {
  type Attributes,
  positionOf,
  XmlScanError,
  XmlScanner,
} from '../../../actions/coverage-gate/src/xml-scanner.js';
import { XmlStream } from '../../../shared/xml.js';
import { REPO_ROOT } from '../../harness/run-action.js';

type Event = string;

/** Events as text, adjacent text merged (parsers may split text anywhere). */
function normalise(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (e.startsWith('text:') && last?.startsWith('text:') === true) out[out.length - 1] = last + e.slice(5);
    else out.push(e);
  }
  return out.filter((e) => e !== 'text:' && !/^text:\s+$/.test(e));
}

function scan(doc: string, chunk: number): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    wantText: () => true,
    open: (name, a) => events.push(`open:${name}${JSON.stringify(a.entries())}`),
    close: (name) => events.push(`close:${name}`),
    text: (text) => events.push(`text:${text}`),
  });
  const bytes = Buffer.from(doc, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) scanner.write(bytes.subarray(i, i + chunk));
  scanner.close();
  return normalise(events);
}

function sax(doc: string): Event[] {
  const events: Event[] = [];
  const stream = new XmlStream({
    open: (name, a) => events.push(`open:${name}${JSON.stringify(Object.entries(a))}`),
    close: (name) => events.push(`close:${name}`),
    text: (text) => events.push(`text:${text}`),
  });
  stream.write(doc);
  stream.close();
  return normalise(events);
}

const VALID = [
  '<a/>',
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<a x="1" y=\'two\'><b>text</b><c/></a>\n',
  '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd"><coverage a = "1" ></coverage>',
  '<a v="&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600;">x &amp; y <![CDATA[<not> & markup]]> z</a>',
  '<r>\r\n\t<café nom="übermäßig ✓"/>\r\n</r>',
  '<a><!-- <b> inside a comment --><?pi some > thing?></a>',
  '<a x="a>b"><b/></a>',
  '\uFEFF<?xml version="1.0"?><a>bom</a>',
  '<ns:a-b.c\n\tx:y = "" \r\n z=\'&#x3C;&#62;\'\n><d><e><f>deep</f></e></d></ns:a-b.c>\n<!-- after -->\n<?pi after?>\n', // Names alike in length and first byte; text after a closing tag; spaces before a closing tag's >.
  '<r><ab/><ac>1</ac>2<ab></ab \n>3</r>',
  // A byte order mark inside the text is text.
  '<a>\uFEFFx\uFEFFy</a>',
  // A DOCTYPE after the XML declaration, with > inside both kinds of quotes.
  '<?xml version="1.0"?>\n<!DOCTYPE a PUBLIC "p>q" \'s>t\'><a/>',
  // More attributes than the scanner first makes room for.
  `<a ${Array.from({ length: 40 }, (_, i) => `k${i}="v${i}"`).join(' ')}/>`,
];

const MALFORMED: [string, RegExp][] = [
  ['<a><b></a>', /does not match/],
  ['<a>', /^unexpected end of document: <a> is not closed$/],
  ['\uFEFF', /^no root element$/],
  ['<!ELEMENT a ANY><a/>', /^unexpected markup '<!ELEMENT'$/],
  ['<!\u00e9-foo-bar><a/>', /^unexpected markup '<!\?\?-foo-'$/],
  ['<a/><b/>', /second root/],
  ['x<a/>', /text before the root/],
  ['<a/>x', /text after the root/],
  ['<a x=1/>', /quoted/],
  ['<a x="<"/>', /< in an attribute value/],
  ['<a>&nbsp;</a>', /undefined entity &nbsp;/],
  ['<a x="&foo;"/>', /undefined entity &foo;/],
  ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', /internal subset is refused/],
  ['<a x="1"y="2"/>', /whitespace was expected/],
  ['</a>', /no element open/],
  ['', /no root element/],
  ['<a><!-- never closed', /^unexpected end of document inside markup$/],
  ['<a><!-x y --></a>', /^unexpected markup '<!-x y --'$/],
  ['<a><!x- y --></a>', /^unexpected markup '<!x- y --'$/],
  ['<a>< b/></a>', /^a name was expected$/],
  ['<a/ >', /^> was expected after \/$/],
  ['<a x y="1"/>', /^= was expected after an attribute name$/],
  // Character references: nothing but a whole number of a character there is, ended by ;.
  ['<a>&#0;</a>', /undefined entity &#0;/],
  ['<a>&#x110000;</a>', /undefined entity &#x110000;/],
  ['<a>&#x41x;</a>', /undefined entity &#x41x;/],
  ['<a>&#65x;</a>', /undefined entity &#65x;/],
  ['<a>&a#65;</a>', /undefined entity &a#65;/],
  ['<a>x&x#x41;</a>', /undefined entity &x#x41;/],
  ['<a>&amp </a>', /unterminated entity reference '&amp'/],
  // Markup only where it may stand.
  ['<a/><![CDATA[x]]>', /CDATA outside the root element/],
  ['<a/><!DOCTYPE a>', /a DOCTYPE after the root element/],
  ['<a></a x>', /> was expected to end the closing tag/],
];

describe('XmlScanner', () => {
  it.each(VALID)('gives the same events as saxes for %j, in any chunking', (doc) => {
    const expected = sax(doc);
    for (const chunk of [1, 2, 3, 5, 8, 13, 1000])
      expect(scan(doc, chunk), `chunk ${chunk}`).toEqual(expected);
  });

  it.each(MALFORMED)('refuses %j, as saxes does', (doc, message) => {
    expect(() => sax(doc === '' ? '' : doc)).toThrow();
    for (const chunk of [1, 4, 1000]) {
      let caught: unknown;
      try {
        scan(doc, chunk);
      } catch (error) {
        caught = error;
      }
      expect(caught, `chunk ${chunk}`).toBeInstanceOf(XmlScanError);
      expect((caught as XmlScanError).message).toMatch(message);
    }
  });

  it('reads numbers from the bytes, with or without entities', () => {
    const seen: number[][] = [];
    const scanner = new XmlScanner({
      wantText: () => false,
      open: (_name, a) => {
        const into = new Float64Array(4);
        const count = a.numbers('c', into);
        seen.push([count, ...into.slice(0, Math.max(0, count))]);
        seen.push([a.int('n') ?? -1]);
      },
      close: () => undefined,
      text: () => undefined,
    });
    scanner.write(Buffer.from('<r c="50% (1/2)" n="42"><a c="&#53;0% (1/2)" n="+7"/><b n="x"/></r>'));
    scanner.close();
    expect(seen).toEqual([[3, 50, 1, 2], [42], [3, 50, 1, 2], [7], [-1], [-1]]);
  });

  /** What `ask` makes of the attributes of `doc`'s root, with no value read before it. */
  function asked(doc: string, ask: (a: Attributes) => unknown): unknown {
    let answer: unknown;
    const scanner = new XmlScanner({
      wantText: () => false,
      open: (_name, a) => {
        answer ??= ask(a);
      },
      close: () => undefined,
      text: () => undefined,
    });
    scanner.write(Buffer.from(doc));
    scanner.close();
    return answer;
  }
  const numbersOf = (doc: string, name: string, room: number): number[] =>
    asked(doc, (a) => {
      const into = new Float64Array(room);
      const count = a.numbers(name, into);
      return [count, ...into.slice(0, Math.max(0, count))];
    }) as number[];

  it('reads runs of digits up to the room given, wherever the attribute stands and however it ends', () => {
    expect(numbersOf('<r x="1" c2="50% (1/2)"/>', 'c2', 4)).toEqual([3, 50, 1, 2]);
    expect(numbersOf('<r c="50% (1/2)"/>', 'c', 2)).toEqual([2, 50, 1]);
    expect(numbersOf('<r c="1 2"/>', 'c', 4)).toEqual([2, 1, 2]);
    expect(numbersOf('<r c="&#53;0 7 8"/>', 'c', 2)).toEqual([2, 50, 7]);
    expect(numbersOf('<r c="&amp;"/>', 'c', 2)).toEqual([0]);
    expect(numbersOf('<r c=""/>', 'c', 2)).toEqual([0]);
    expect(numbersOf('<r/>', 'c', 2)).toEqual([-1]);
  });

  it('reads an integer from plain digits, or as a number otherwise, and none from an empty value', () => {
    const int = (doc: string, name = 'n'): unknown => asked(doc, (a) => a.int(name) ?? 'none');
    expect(int('<r n="0"/>')).toBe(0);
    expect(int('<r n="09"/>')).toBe(9);
    expect(int('<r x="1" n="1234567890"/>')).toBe(1234567890);
    expect(int('<r n=""/>')).toBe('none');
    expect(int('<r/>')).toBe('none');
    expect(int('<r n="+7"/>')).toBe(7);
    expect(int('<r n="1.5"/>')).toBe(1.5);
    expect(int('<r n="&#52;2"/>')).toBe(42);
    expect(int('<r n="5/"/>')).toBe('none');
    expect(int('<r n="5:"/>')).toBe('none');
    expect(int('<r n="-"/>')).toBe('none');
  });

  it('compares a value with references as it reads, wherever the attribute stands', () => {
    const is = (doc: string): unknown => asked(doc, (a) => a.is('b', 'true'));
    expect(is('<r a="1" b="&#116;rue"/>')).toBe(true);
    expect(is('<r a="1" b="&#116;rux"/>')).toBe(false);
    expect(is('<r a="1"/>')).toBe(false);
  });

  /** The text the scanner gives for `doc` when only `<w>` wants it. */
  function textOfW(doc: string): string {
    const texts: string[] = [];
    const scanner = new XmlScanner({
      wantText: (name) => name === 'w',
      open: () => undefined,
      close: () => undefined,
      text: (text) => texts.push(text),
    });
    scanner.write(Buffer.from(doc));
    scanner.close();
    return texts.join('');
  }

  it('gives the text of a wanted element after a child closes, however deep', () => {
    expect(textOfW('<r><q><w>a<b></b>b<c/>c</w>no</q></r>')).toBe('abc');
  });

  it('places an unclosed element at the end of what was read', () => {
    let caught: XmlScanError | undefined;
    const scanner = new XmlScanner({
      wantText: () => false,
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
    });
    scanner.write(Buffer.from('<a>text'));
    try {
      scanner.close();
    } catch (error) {
      caught = error as XmlScanError;
    }
    expect([caught?.message, caught?.offset]).toEqual(['unexpected end of document: <a> is not closed', 7]);
  });

  it('finds an attribute by its whole name and compares whole values', () => {
    expect(asked('<r nx="1" n="2"/>', (a) => a.int('n'))).toBe(2);
    expect(asked('<r n="2"/>', (a) => a.get('nx') ?? 'none')).toBe('none');
    expect(
      asked('<r b="truex" c="true"/>', (a) => [a.is('b', 'true'), a.is('c', 'true'), a.is('d', 'x')]),
    ).toEqual([false, true, false]);
    expect(asked('<r b="&#116;rue"/>', (a) => [a.is('b', 'true'), a.get('b')])).toEqual([true, 'true']);
  });

  it("checks every value's and text's entity references, even when no one reads them", () => {
    expect(() => asked('<a x="1" y="&foo;"/>', () => 'nothing read')).toThrow(/undefined entity &foo;/);
    expect(() => asked('<a>&foo;</a>', () => 'nothing read')).toThrow(/undefined entity &foo;/);
    expect(asked('<a x="&lt;" y="&#65;"/>', () => 'nothing read')).toBe('nothing read');
  });

  it('gives the text only of the elements that want it, CDATA included', () => {
    expect(textOfW('<r>no<![CDATA[not this]]><w>yes<![CDATA[ and this]]></w>no</r>')).toBe('yes and this');
  });

  it('gives each element as its bytes come, not when the document ends', () => {
    const events: string[] = [];
    const scanner = new XmlScanner({
      wantText: () => false,
      open: (name) => events.push(`open:${name}`),
      close: (name) => events.push(`close:${name}`),
      text: () => undefined,
    });
    scanner.write(Buffer.from('<a>\n  <b/>\n  text '));
    expect(events).toEqual(['open:a', 'open:b', 'close:b']);
    scanner.write(Buffer.from('more\n</a>\n'));
    expect(events).toEqual(['open:a', 'open:b', 'close:b', 'close:a']);
    scanner.close();
  });

  it('places an error at its line and column', async () => {
    const doc = '<?xml version="1.0"?>\n<coverage>\n  <sources>\n    <source>x</sourc>\n';
    for (const chunk of [1, 7, 1000]) {
      let caught: XmlScanError | undefined;
      try {
        scan(doc, chunk);
      } catch (error) {
        caught = error as XmlScanError;
      }
      expect(caught?.message).toBe('closing tag </sourc> does not match <source>');
      expect(await positionOf([Buffer.from(doc)], caught?.offset ?? -1)).toEqual({ line: 4, column: 14 });
      // However the bytes come.
      const bytes = Buffer.from(doc);
      const pieces = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
      expect(await positionOf(pieces, caught?.offset ?? -1)).toEqual({ line: 4, column: 14 });
    }
  });

  it('counts no column for a byte order mark, and lines across chunks', async () => {
    const doc = Buffer.from('\uFEFF<a></b>');
    let caught: XmlScanError | undefined;
    try {
      scan(doc.toString('utf8'), 1000);
    } catch (error) {
      caught = error as XmlScanError;
    }
    expect(await positionOf([doc], caught?.offset ?? -1)).toEqual({ line: 1, column: 4 });
    // Two chunks, the error in the second, after a line break in each.
    const two = [Buffer.from('<a>\n<b>'), Buffer.from('\n</c>\n<d>')];
    expect(await positionOf(two, 8)).toEqual({ line: 3, column: 1 });
    expect(await positionOf(two, 6)).toEqual({ line: 2, column: 3 });
    expect(await positionOf(two, 1)).toEqual({ line: 1, column: 2 });
    // A line break is the last column of its line.
    expect(await positionOf(two, 3)).toEqual({ line: 1, column: 4 });
  });
});

/** The Cobertura reader before the scanner, on saxes: the reference the fast one must agree with. */
function referenceTotals(doc: string): ReturnType<typeof totalsOf> {
  const files = new Map<string, FileCoverage>();
  const arena = new Arena();
  const stack: string[] = [];
  let current: FileCoverage | undefined;
  const stream = new XmlStream({
    open: (name, a) => {
      stack.push(name);
      if (name === 'class') {
        const file = a.filename ?? a.name ?? '';
        current = files.get(file) ?? new FileCoverage(arena);
        files.set(file, current);
      }
      if (name === 'line' && current !== undefined && stack.at(-3) === 'class') {
        const condition = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage'] ?? '');
        current.add(Number(a.number), Number(a.hits ?? 0));
        if (a.branch === 'true' && condition)
          current.countBranches(Number(a.number), Number(condition[2]), Number(condition[1]));
      }
    },
    close: (name) => {
      stack.pop();
      if (name === 'class') current = undefined;
    },
    text: () => undefined,
  });
  stream.write(doc);
  stream.close();
  return totalsOf(files);
}

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/coverage');

describe('the Cobertura reader', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')))(
    'agrees with the saxes reference on %s, in any chunking',
    (fixture) => {
      const doc = readFileSync(path.join(FIXTURES, fixture), 'utf8');
      const expected = referenceTotals(doc);
      for (const chunk of [1, 17, 4096, doc.length]) {
        const reader = readerFor('cobertura');
        const bytes = Buffer.from(doc);
        for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
        expect(totalsOf(reader.close().files), `chunk ${chunk}`).toEqual(expected);
      }
    },
  );
});
