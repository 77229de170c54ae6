/**
 * Amounts written out in French words, as the reçu fiscal (cerfa 11580) and
 * cheques require. Traditional spelling by default, which is what cerfas and
 * banks print: hyphens only between numerals below one hundred, "et un" in
 * 21…61 and "soixante et onze". The 1990 reform (hyphens between all
 * numerals, "vingt-et-un") is an option.
 *
 * In both spellings "million", "milliard" and "billion" are nouns: they take an
 * s, are never hyphenated, let "cents" and "quatre-vingts" keep their s before
 * them, and are followed by "d'euros" when nothing comes after.
 */

export interface NumberWordsOptions {
  /** 1990 spelling reform: "deux-cent-vingt-et-un" instead of "deux cent vingt et un". */
  reform1990?: boolean;
}

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
] as const;

const TENS: Record<number, string> = {
  2: 'vingt',
  3: 'trente',
  4: 'quarante',
  5: 'cinquante',
  6: 'soixante',
};

/** Long-scale nouns, largest first; anything below a million is written with numerals only. */
const NOUN_SCALES = [
  { value: 1_000_000_000_000, singular: 'billion', plural: 'billions' },
  { value: 1_000_000_000, singular: 'milliard', plural: 'milliards' },
  { value: 1_000_000, singular: 'million', plural: 'millions' },
] as const;

function unitWord(n: number): string {
  const word = UNITS[n];
  if (word === undefined) throw new RangeError(`pas de mot simple pour ${n}`);
  return word;
}

/** Splits exactly (no floating-point division) into quotient and remainder. */
function divmod(n: number, divisor: number): [number, number] {
  const remainder = n % divisor;
  return [(n - remainder) / divisor, remainder];
}

/**
 * 0 < n < 100. `final` is true when nothing but a noun (million…, euros) follows,
 * the one place "quatre-vingts" keeps its s.
 */
function belowHundred(n: number, final: boolean, reform: boolean): string {
  if (n <= 16) return unitWord(n);
  if (n < 20) return `dix-${unitWord(n - 10)}`;
  const [ten, unit] = divmod(n, 10);
  const join = reform ? '-' : ' ';
  if (ten === 7 || ten === 9) {
    // Vigesimal tens: 70 = soixante-dix, 90 = quatre-vingt-dix, built on 60 and 80.
    const base = ten === 7 ? 'soixante' : 'quatre-vingt';
    const rest = n - (ten === 7 ? 60 : 80);
    if (rest === 11 && ten === 7) return `soixante${join}et${join}onze`;
    return `${base}-${belowHundred(rest, final, reform)}`;
  }
  if (ten === 8) {
    if (unit === 0) return final ? 'quatre-vingts' : 'quatre-vingt';
    return `quatre-vingt-${unitWord(unit)}`;
  }
  const tenWord = TENS[ten];
  if (tenWord === undefined) throw new RangeError(`dizaine inattendue : ${ten}`);
  if (unit === 0) return tenWord;
  if (unit === 1) return `${tenWord}${join}et${join}un`;
  return `${tenWord}-${unitWord(unit)}`;
}

/** 0 < n < 1000; "cents" takes its s only when final (not before "mille", nor before a number). */
function belowThousand(n: number, final: boolean, reform: boolean): string {
  const [hundreds, rest] = divmod(n, 100);
  if (hundreds === 0) return belowHundred(rest, final, reform);
  const join = reform ? '-' : ' ';
  let text = hundreds === 1 ? 'cent' : `${unitWord(hundreds)}${join}cent`;
  if (rest === 0) {
    if (hundreds > 1 && final) text += 's';
  } else {
    text += `${join}${belowHundred(rest, final, reform)}`;
  }
  return text;
}

interface Piece {
  text: string;
  endsWithNoun: boolean;
}

function pieces(n: number, reform: boolean): Piece[] {
  const result: Piece[] = [];
  let rest = n;
  for (const scale of NOUN_SCALES) {
    const [count, remainder] = divmod(rest, scale.value);
    rest = remainder;
    if (count === 0) continue;
    // Only the billions count can reach four digits (up to 9 007 for safe integers).
    const countText = count >= 1000 ? composeWords(count, reform) : belowThousand(count, true, reform);
    result.push({ text: `${countText} ${count === 1 ? scale.singular : scale.plural}`, endsWithNoun: true });
  }
  const [thousands, units] = divmod(rest, 1000);
  if (thousands > 0) {
    // "mille" is invariable, never preceded by "un", and makes cent/vingt before it invariable too.
    const text =
      thousands === 1 ? 'mille' : `${belowThousand(thousands, false, reform)}${reform ? '-' : ' '}mille`;
    result.push({ text, endsWithNoun: false });
  }
  if (units > 0) result.push({ text: belowThousand(units, true, reform), endsWithNoun: false });
  return result;
}

function composeWords(n: number, reform: boolean): string {
  if (n === 0) return unitWord(0);
  const parts = pieces(n, reform);
  let text = '';
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    if (previous) text += previous.endsWithNoun || !reform ? ' ' : '-';
    text += part.text;
  });
  return text;
}

function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${what} doit être un nombre entier positif ou nul (reçu : ${String(n)})`);
  }
}

/** A non-negative integer in French words: 1234 → "mille deux cent trente-quatre". */
export function integerInWords(n: number, options: NumberWordsOptions = {}): string {
  assertCount(n, 'Le nombre');
  return composeWords(n, options.reform1990 === true);
}

/** True when the words end with million(s)/milliard(s)/billion(s), which take "d'euros". */
function endsWithScaleNoun(words: string): boolean {
  return /(?:^| )(?:million|milliard|billion)s?$/.test(words);
}

/**
 * An amount in cents written out: 123456 → "mille deux cent trente-quatre euros
 * et cinquante-six centimes"; 0 → "zéro euro"; 21 → "vingt et un centimes".
 */
export function amountInWords(cents: number, options: NumberWordsOptions = {}): string {
  assertCount(cents, 'Le montant en centimes');
  const reform = options.reform1990 === true;
  const [euros, centimes] = divmod(cents, 100);
  if (euros === 0 && centimes === 0) return 'zéro euro';
  const parts: string[] = [];
  if (euros > 0) {
    const words = composeWords(euros, reform);
    const unit = euros === 1 ? 'euro' : endsWithScaleNoun(words) ? "d'euros" : 'euros';
    parts.push(`${words} ${unit}`);
  }
  if (centimes > 0) {
    parts.push(`${composeWords(centimes, reform)} ${centimes === 1 ? 'centime' : 'centimes'}`);
  }
  return parts.join(' et ');
}
