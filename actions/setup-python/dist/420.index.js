export const id = 420;
export const ids = [420];
export const modules = {

/***/ 1420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ restoreVenvCache),
/* harmony export */   saveVenvCache: () => (/* binding */ saveVenvCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9312);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3838);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/** The venv cache through @actions/cache; a cache problem is a warning, never a failure. */



async function restoreVenvCache(venv, key, prefix) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e('The cache service is not available here (not on GitHub, or an outage): the venv is built without a cache.', { title: 'setup-python cache' });
        return 'false';
    }
    try {
        const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([venv], key, [prefix]);
        if (hit === undefined)
            return 'false';
        return hit === key ? 'true' : 'partial';
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not restore the venv cache: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Going on without it.`, {
            title: 'setup-python cache',
        });
        return 'false';
    }
}
/** The post step: save when there was no exact hit (post-if: success() keeps a failed job's venv out). */
async function saveVenvCache() {
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('cache-key');
    const venv = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('venv-path');
    const hit = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('cache-hit');
    if (key === '' || venv === '')
        return;
    if (hit === 'true') {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Cache hit on ${key}: nothing to save.`);
        return;
    }
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('The cache service is not available here: the venv is not saved.');
        return;
    }
    try {
        await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([venv], key);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Saved the venv to the cache as ${key}.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not save the venv cache: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}.`, { title: 'setup-python cache' });
    }
}


/***/ })

};
