// Why each surviving mutant of `npm run mutation` is accepted: equivalent to the code it replaces, or a
// difference no test can observe. test/tools/mutation.mjs matches each entry to survivors by file, a piece
// of the line's code and, when given, the mutator and what the code became; reports/mutation/survivors.md
// (committed as test/mutation-survivors.md) lists every survivor with its reason, or as not reviewed yet.
// Each reason was checked against the code, not assumed from the mutator.

/** @type {{ file: string; code: string; mutator?: string; becomes?: string; reason: string }[]} */
export const REASONS = [];
