/**
 * ssh2 bundles an Emscripten module that reads the CommonJS `__dirname`, which an ES module bundle does not
 * have: it would die with "ReferenceError: __dirname is not defined" when SSH is first loaded. Imported
 * before ssh.ts, this gives it the bundle's folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as { __dirname?: string };
scope.__dirname ??= path.dirname(fileURLToPath(import.meta.url));
