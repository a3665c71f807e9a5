export const id = 380;
export const ids = [380];
export const modules = {

/***/ 6380:
/***/ ((module) => {


// Stands in for @azure/storage-blob and archiver inside the bundles (tsconfig.json "paths"). See
// shared/vendor/README.md. @actions/artifact imports them at its top level for uploads only; Runway's actions
// only list and download artifacts, so the 3.5 MB they would add to each bundle that reads artifacts is left
// out. Used anyway, it fails loudly instead of half-working.
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
