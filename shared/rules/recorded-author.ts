/**
 * Who did a recorded action (validation, payment, receipt…): the name set in Paramètres ›
 * Application at that moment. With no name set nothing is recorded, and earlier versions wrote a
 * placeholder standing for nobody in particular: both are said honestly as unknown.
 */
const PLACEHOLDERS = new Set(['', 'l’utilisateur', "l'utilisateur"]);

export function recordedAuthor(actor: string | null | undefined): string | null {
  const name = (actor ?? '').trim();
  return PLACEHOLDERS.has(name) ? null : name;
}

/** « validée par Bernard Hamon », or « validée (auteur non renseigné) ». */
export function byAuthor(actor: string | null | undefined): string {
  const name = recordedAuthor(actor);
  return name === null ? '(auteur non renseigné)' : `par ${name}`;
}
