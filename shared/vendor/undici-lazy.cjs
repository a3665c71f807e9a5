'use strict';
// Stands in for undici inside the bundles (tsconfig.json "paths"). See shared/vendor/README.md for why.
// @actions/http-client imports undici at its top level only to build a ProxyAgent when a caller asks for a
// fetch dispatcher, and @actions/github imports its fetch. Only the GitHub API client needs them: it loads
// the real undici in a chunk of its own (shared/github.ts, toolkitGitHub) and hands it over under the key
// below, so the actions' main bundles stay without it. Asked for before that, it fails loudly rather than
// bypassing a proxy.
const KEY = Symbol.for('runway.undici');
const inert = new Set(['__esModule', 'default', 'then']);
function load() {
  const real = globalThis[KEY];
  if (real === undefined)
    throw new Error(
      'undici is not loaded in this Runway action, so it cannot make proxy-aware requests with it ' +
        '(shared/github.ts loads it before the GitHub API client).',
    );
  return real;
}
module.exports = new Proxy(
  {},
  {
    // Read by bundlers' module interop and by `await`: answered without undici.
    get: (_target, key) => (typeof key === 'symbol' || inert.has(key) ? undefined : load()[key]),
    has: (_target, key) => typeof key !== 'symbol' && !inert.has(key) && key in load(),
  },
);
