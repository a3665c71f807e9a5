export const id = 380;
export const ids = [380];
export const modules = {

/***/ 36380:
/***/ ((module) => {


// Stands in for archiver inside the bundles (tsconfig.json "paths"). See shared/vendor/README.md.
// @actions/artifact imports it at its top level to zip uploads; Runway's actions only list and download
// artifacts, so its code is left out of the bundles. Used anyway, it fails loudly instead of half-working.
const inert = new Set(['__esModule', 'default', 'then']);
function absent(key) {
  throw new Error(
    `Uploading artifacts is not bundled in Runway's actions (${String(key)} of an upload-only package was used).`,
  );
}
module.exports = new Proxy(
  {},
  {
    // Read by bundlers' module interop and by `await`: answered without failing.
    get: (_target, key) => (typeof key === 'symbol' || inert.has(key) ? undefined : absent(key)),
    has: () => false,
  },
);


/***/ })

};
