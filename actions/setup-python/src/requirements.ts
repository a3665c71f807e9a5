/** What a requirements file asks pip for, as far as whether to run pip at all. */

/**
 * Whether a requirements file lists nothing: every line blank or a comment (`#` at the start or after
 * whitespace, as pip reads it). Running pip for such a file costs seconds and needs pip on the interpreter.
 */
export function listsNothing(text: string): boolean {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .every((line) => line === '');
}
