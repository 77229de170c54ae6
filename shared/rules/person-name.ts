/**
 * How a person is named, on screens, in messages and on documents: « Anne Martin », and with the
 * civility where a document addresses them formally, « Mme Anne Martin ».
 */
export function personName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`;
}

export function formalName(civility: string | null | undefined, firstName: string, lastName: string): string {
  return `${civility ? `${civility} ` : ''}${personName(firstName, lastName)}`;
}
