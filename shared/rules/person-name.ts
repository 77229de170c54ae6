/**
 * How a person is named, on screens, in messages and on documents: « Anne Martin », and with the
 * civility where a document addresses them formally, « Mme Anne Martin ». Empty parts are left out.
 */
const joined = (parts: ReadonlyArray<string | null | undefined>): string =>
  parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .join(' ');

export function personName(firstName: string, lastName: string): string {
  return joined([firstName, lastName]);
}

export function formalName(civility: string | null | undefined, firstName: string, lastName: string): string {
  return joined([civility, firstName, lastName]);
}
