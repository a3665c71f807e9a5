/**
 * The WebAssembly loop for runs of coverage.py's `<line>` elements (../assembly/line-run.ts), from
 * JavaScript: input copied into the module's memory a window at a time, lines taken out four int32s each.
 * Where WebAssembly is not available (node --jitless), nothing is read here and the JavaScript reader reads
 * every line itself: slower, the same numbers.
 */
import { LINE_RUN_WASM } from './line-run-wasm.js';
import { MAX_BRANCHES, MAX_HITS, MAX_LINE } from './model.js';

export interface PackedLineSink {
  /** `count` lines, four int32s each: number, hits, branches total, branches covered (clamped already). */
  lines(packed: Int32Array, count: number): void;
}

interface LineRunExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  ROOM: { value: number };
  run(
    at: number,
    end: number,
    out: number,
    capacity: number,
    maxHits: number,
    maxBranches: number,
    maxLine: number,
  ): number;
  count(): number;
}

/** The part of the WebAssembly API used here (this project's Node types do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** Lines out per call: 256 KiB of them, and a full output only means calling again. */
const CAPACITY = 16384;
const OUT = 0;
const IN = CAPACITY * 16;
/** Input bytes per copy: a report chunk (main-gate reads 1 MiB at a time) is copied once. */
const WINDOW = 1024 * 1024;
const PAGE = 65536;

interface Loaded {
  exports: LineRunExports;
  room: number;
  bytes: Uint8Array;
  out: Int32Array;
}

let loaded: Loaded | null | undefined;

function load(): Loaded | null {
  if (loaded !== undefined) return loaded;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (api === undefined) return (loaded = null);
  const instance = new api.Instance(new api.Module(Buffer.from(LINE_RUN_WASM, 'base64')), {});
  const exports = instance.exports as LineRunExports;
  const room = exports.ROOM.value;
  // Sized once, never grown: growing would detach the views below.
  const size = IN + WINDOW + room;
  exports.memory.grow(Math.ceil((size - exports.memory.buffer.byteLength) / PAGE));
  const buffer = exports.memory.buffer;
  loaded = { exports, room, bytes: new Uint8Array(buffer), out: new Int32Array(buffer, OUT, CAPACITY * 4) };
  return loaded;
}

/** Whether runs are read in WebAssembly here (for the debug log: a run without it is slower). */
export function lineRunsAvailable(): boolean {
  return load() !== null;
}

/** What is in the module's memory: bytes [from, to) of `copied`. */
let copied: Buffer | undefined;
let copiedFrom = 0;
let copiedTo = 0;

/**
 * Forgets what was copied: a reader calls it for every chunk it is given, since a caller may refill the same
 * Buffer with the next chunk (main-gate reuses two).
 */
export function newChunk(): void {
  copied = undefined;
}

/**
 * Reads the run of coverage.py-shaped `<line>` elements at `at` (a `<`) into `sink`. Returns where it
 * stopped: `at` when it read none; else the `<` of an element it left, or the end of the last one read when
 * text other than whitespace and a `<` follows it.
 */
export function lineRun(buf: Buffer, at: number, sink: PackedLineSink): number {
  const wasm = load();
  if (wasm === null) return at;
  const { exports, room } = wasm;
  let pos = at;
  for (;;) {
    // Read only with `room` bytes after an element's start: near a window's end, copy again from there.
    if (copied !== buf || pos < copiedFrom || (pos + room > copiedTo && copiedTo < buf.length)) {
      copied = buf;
      copiedFrom = pos;
      copiedTo = Math.min(buf.length, pos + WINDOW + room);
      wasm.bytes.set(buf.subarray(copiedFrom, copiedTo), IN);
    }
    const base = IN - copiedFrom;
    const stop =
      exports.run(base + pos, base + copiedTo, OUT, CAPACITY, MAX_HITS, MAX_BRANCHES, MAX_LINE) - base;
    const count = exports.count();
    if (count === 0) return stop;
    sink.lines(wasm.out, count);
    // It stopped for a full output or the window's end, not for an element it left: go on.
    const more = count === CAPACITY || (stop + room > copiedTo && copiedTo < buf.length);
    if (!more || buf[stop] !== 0x3c) return stop;
    pos = stop;
  }
}
