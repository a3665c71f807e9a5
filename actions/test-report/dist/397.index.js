export const id = 397;
export const ids = [397];
export const modules = {

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findWorkspaceFiles: () => (/* binding */ findWorkspaceFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3860);
/** The files a step's glob patterns match in the workspace: never a folder, nothing outside it, sorted. */


/** Never reports: dependencies and git's own files. Rooted at the workspace, not wherever the step runs. */
const alwaysExcluded = (workspace) => ['node_modules', '.git'].map((folder) => `!${workspace}/**/${folder}/**`);
async function findWorkspaceFiles(patterns, workspace) {
    if (patterns.length === 0)
        return [];
    const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_1__/* .create */ .v([...patterns, ...alwaysExcluded(workspace)].join('\n'), {
        matchDirectories: false,
    });
    const found = await globber.glob();
    return found.filter((f) => f.startsWith(workspace + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep))).sort();
}


/***/ })

};
