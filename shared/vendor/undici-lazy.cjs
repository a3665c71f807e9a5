'use strict';
// Stands in for undici inside the bundles (tsconfig.json "paths"). See shared/vendor/README.md for why.
// @actions/http-client imports undici only for ProxyAgent, which it builds only when a caller asks for a
// fetch dispatcher through a proxy (getAgentDispatcher). No Runway action does, so undici's ~900 KB, which
// cost ~60 ms of every action's cold start, stay out; asking anyway fails loudly rather than bypassing a proxy.
module.exports = {
  get ProxyAgent() {
    throw new Error(
      'undici is not bundled in this Runway action, so @actions/http-client cannot build a proxy fetch dispatcher. ' +
        'Point tsconfig.json "paths" for undici back at the real package for the action that needs it.',
    );
  },
};
