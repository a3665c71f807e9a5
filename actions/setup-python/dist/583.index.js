export const id = 583;
export const ids = [583];
export const modules = {

/***/ 583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MANIFEST_URL: () => (/* binding */ DEFAULT_MANIFEST_URL),
/* harmony export */   Dt: () => (/* binding */ chooseFromManifest),
/* harmony export */   E2: () => (/* binding */ linuxPlatformVersion),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   gx: () => (/* binding */ describeMiss)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8730);
/**
 * The actions/python-versions manifest (`versions-manifest.json`): which prebuilt CPython archives exist, for
 * which platform, platform version and architecture. Pure: parsing and choosing; fetching and installing is
 * the adapter's (main-download.ts).
 */


const DEFAULT_MANIFEST_URL = 'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json';
const isObject = (v) => v !== null && typeof v === 'object';
/** Parses and checks the shape; a mirror serving an HTML error page must not look like "no versions". */
function parseManifest(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source} is not JSON.`);
    }
    if (!Array.isArray(doc))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source} is not a list of releases.`);
    return doc.map((release, index) => {
        if (!isObject(release) || typeof release.version !== 'string' || !Array.isArray(release.files))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source}: entry ${index + 1} has no version or files.`);
        const files = release.files.filter((f) => isObject(f) &&
            typeof f.filename === 'string' &&
            typeof f.arch === 'string' &&
            typeof f.platform === 'string' &&
            typeof f.download_url === 'string');
        return { version: release.version, stable: release.stable !== false, files };
    });
}
/** The platform version the manifest uses: Ubuntu's VERSION_ID from /etc/os-release. */
function linuxPlatformVersion(osRelease) {
    return /^VERSION_ID="?([^"\n]+)"?$/m.exec(osRelease)?.[1];
}
/**
 * The highest stable release satisfying the spec that has an archive for this platform, version and
 * architecture. Never a prerelease: a version request cannot name one.
 */
function chooseFromManifest(releases, spec, target) {
    let best;
    for (const release of releases) {
        if (!release.stable)
            continue;
        const version = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(release.version);
        if (version === undefined || !spec.matches(version))
            continue;
        const file = release.files.find((f) => f.platform === target.platform &&
            f.arch === target.arch &&
            (f.platform_version === undefined || f.platform_version === target.version));
        if (file === undefined)
            continue;
        if (best === undefined || (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(version, best.version) > 0)
            best = { version, file };
    }
    return best;
}
/** Why nothing was chosen, for the error that lists where the action looked. */
function describeMiss(releases, spec, target) {
    const matching = releases.filter((r) => {
        const v = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(r.version);
        return v !== undefined && spec.matches(v);
    });
    const where = `${target.platform}${target.version === undefined ? '' : ` ${target.version}`} ${target.arch}`;
    if (matching.length === 0)
        return `the manifest has no release matching ${spec.text}`;
    const newest = matching
        .map((r) => (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(r.version))
        .filter((v) => v !== undefined)
        .reduce((a, b) => ((0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(a, b) >= 0 ? a : b));
    return `the manifest has ${spec.text} (newest ${(0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(newest)}) but no archive for ${where}`;
}


/***/ })

};
