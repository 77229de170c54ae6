/** Whether a fiscal mileage scale typed by the treasurer can be used: every problem, in French. */
import {
  isNonNegativeInteger,
  VEHICLE_KINDS,
  vehicleKindLabel,
  type PowerBracket,
  type ScaleBand,
  type VehicleKind,
  type YearScale,
} from './mileage-scale';

function validateBands(bands: readonly ScaleBand[], where: string): string[] {
  const errors: string[] = [];
  if (bands.length === 0) return [`${where} : aucune tranche de distance`];
  let previousUpTo = 0;
  bands.forEach((current, index) => {
    const isLast = index === bands.length - 1;
    const position = `${where}, tranche de distance n° ${index + 1}`;
    if (!isNonNegativeInteger(current.rateMilli)) {
      errors.push(`${position} : le taux doit être un nombre entier positif ou nul de millièmes d’euro`);
    }
    if (!isNonNegativeInteger(current.fixedCents)) {
      errors.push(`${position} : la part fixe doit être un nombre entier positif ou nul de centimes`);
    }
    if (current.upToKm === null) {
      if (!isLast) errors.push(`${position} : seule la dernière tranche peut être sans limite de distance`);
      return;
    }
    if (isLast) errors.push(`${position} : la dernière tranche doit être sans limite de distance`);
    if (!isNonNegativeInteger(current.upToKm) || current.upToKm <= previousUpTo) {
      errors.push(
        `${position} : les limites de distance doivent être des kilomètres entiers strictement croissants`,
      );
    } else {
      previousUpTo = current.upToKm;
    }
  });
  return errors;
}

function validateBrackets(brackets: readonly PowerBracket[], kind: VehicleKind): string[] {
  const kindLabel = vehicleKindLabel(kind);
  if (brackets.length === 0) return [`${kindLabel} : aucune tranche de puissance`];
  const errors: string[] = [];
  let expectedMin: number | null = null;
  brackets.forEach((bracket, index) => {
    const isLast = index === brackets.length - 1;
    const where = `${kindLabel} « ${bracket.label} »`;
    if (bracket.label.trim() === '')
      errors.push(`${kindLabel}, tranche de puissance n° ${index + 1} : libellé manquant`);
    if (!isNonNegativeInteger(bracket.minCv)) {
      errors.push(`${where} : la puissance minimale doit être un nombre entier de CV`);
    } else if (expectedMin === null) {
      // Fiscal power starts at 1 CV: the first bracket must take it in.
      if (bracket.minCv > 1)
        errors.push(
          `${where} : les puissances de 1 à ${bracket.minCv - 1} CV ne sont couvertes par aucune tranche`,
        );
    } else if (bracket.minCv > expectedMin) {
      errors.push(
        `${where} : les puissances de ${expectedMin} à ${bracket.minCv - 1} CV ne sont couvertes par aucune tranche`,
      );
    } else if (bracket.minCv < expectedMin) {
      errors.push(`${where} : chevauche la tranche de puissance précédente`);
    }
    if (bracket.maxCv === null) {
      if (!isLast) errors.push(`${where} : seule la dernière tranche de puissance peut être sans limite`);
      expectedMin = null;
    } else {
      if (isLast) errors.push(`${where} : la dernière tranche de puissance doit être sans limite supérieure`);
      if (!isNonNegativeInteger(bracket.maxCv) || bracket.maxCv < bracket.minCv) {
        errors.push(
          `${where} : la puissance maximale doit être un nombre entier de CV supérieur ou égal au minimum`,
        );
      }
      expectedMin = bracket.maxCv + 1;
    }
    errors.push(...validateBands(bracket.bands, where));
  });
  return errors;
}

/** French messages describing what is wrong with a scale; empty when it can be used. */
export function validateYearScale(scale: YearScale): string[] {
  const errors: string[] = [];
  if (!Number.isSafeInteger(scale.year) || scale.year < 1900 || scale.year > 9999) {
    errors.push('L’année du barème doit être une année sur quatre chiffres');
  }
  if (!isNonNegativeInteger(scale.electricBonusPercent)) {
    errors.push('La majoration pour véhicule électrique doit être un pourcentage entier positif ou nul');
  }
  for (const kind of VEHICLE_KINDS) {
    const brackets: PowerBracket[] | undefined = scale.kinds[kind];
    if (!Array.isArray(brackets)) {
      errors.push(`${vehicleKindLabel(kind)} : barème manquant`);
      continue;
    }
    errors.push(...validateBrackets(brackets, kind));
  }
  return errors;
}
