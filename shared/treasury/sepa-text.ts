/**
 * Text as SEPA lets it through. Banks reject or silently mangle anything
 * outside the EPC "Latin subset", so names and remittance texts are reduced to
 * it here, where the outcome is visible and testable, rather than at the bank.
 */

/** The EPC basic Latin character set: a-z A-Z 0-9 / - ? : ( ) . , ' + and space. */
const SEPA_ALLOWED = /^[A-Za-z0-9/\-?:().,'+ ]$/;

/** Characters with a conventional replacement that Unicode decomposition does not give. */
const REPLACEMENTS: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  // Typographic apostrophes and dashes have an allowed plain counterpart.
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00B4': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  // "&" is frequent in names ("Dupont & fils"); "+" keeps the meaning in the allowed set.
  '&': '+',
  '°': 'o',
  '€': 'EUR',
  _: '-',
  // Quotation marks carry no meaning a bank needs.
  '"': '',
  '«': '',
  '»': '',
  '\u201C': '',
  '\u201D': '',
  '\u201E': '',
};

/**
 * Reduces text to the SEPA Latin subset: accents dropped (é → e), ligatures
 * spelled out (œ → oe), anything else turned into a space; runs of spaces are
 * collapsed and the ends trimmed.
 */
export function transliterateSepa(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      result += replacement;
      continue;
    }
    if (SEPA_ALLOWED.test(char)) {
      result += char;
      continue;
    }
    // NFKD, not NFD: compatibility forms (ﬁ ﬂ ligatures, full-width letters, ², ™) have a plain
    // spelling; NFD leaves them whole and they would be lost ("ﬁnance" → " nance").
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    result += base !== '' && [...base].every((part) => SEPA_ALLOWED.test(part)) ? base : ' ';
  }
  return result.replace(/\s+/g, ' ').trim();
}

/** True when the text is already made only of SEPA characters. */
export function isSepaText(text: string): boolean {
  return [...text].every((char) => SEPA_ALLOWED.test(char));
}

/** Transliterates then cuts to `maxLength` characters (no trailing space left by the cut). */
export function sepaTextMax(text: string, maxLength: number): string {
  return transliterateSepa(text).slice(0, maxLength).trimEnd();
}

/** Escapes the five XML special characters; the Latin subset can still contain the apostrophe. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}
