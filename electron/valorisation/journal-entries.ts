/**
 * The valorisation du bénévolat in the accounting journal: contributions volontaires en nature,
 * one pair of entries per category at the last day of the year — debit 864 « Personnel
 * bénévole », credit 875 « Bénévolat » by default (accounts in Paramètres › Bénévolat). A year
 * with hours but no hourly value for their category is refused with a message saying which:
 * the accountant never receives a total that silently leaves hours out.
 */
import { formatDuration, formatEuros } from '../../shared/rules/format-fr';
import type { JournalEntry } from '../treasury/accounting';
import type { ServiceContext } from '../service-context';
import { getValorisationSettings, requireValued, valorisationOf, yearBounds } from './valorisation';

export async function volunteeringEntries(
  ctx: ServiceContext,
  year: number,
  journal: string,
): Promise<JournalEntry[]> {
  const settings = await getValorisationSettings(ctx);
  if (!settings.inJournal) return [];
  const valorisation = await valorisationOf(
    ctx,
    { ...yearBounds(year), scope: null, representativeId: null },
    settings,
  );
  requireValued(
    valorisation,
    `Le journal ${year} n’est pas produit (ou décochez « Inscrire la valorisation au journal comptable »)`,
  );
  const date = `${year}-12-31`;
  const piece = `CVN-${year}`;
  return valorisation.lines.flatMap((line) => {
    if (line.valueCents === null || line.valueCents === 0 || line.hourlyCents === null) return [];
    const label = `Bénévolat ${line.categoryLabel} : ${formatDuration(line.minutes)} à ${formatEuros(line.hourlyCents)} de l’heure`;
    return [
      {
        journal,
        date,
        piece,
        account: settings.debitAccount,
        label,
        debitCents: line.valueCents,
        creditCents: 0,
      },
      {
        journal,
        date,
        piece,
        account: settings.creditAccount,
        label,
        debitCents: 0,
        creditCents: line.valueCents,
      },
    ];
  });
}
