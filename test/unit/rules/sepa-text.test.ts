import { escapeXml, isSepaText, sepaTextMax, transliterateSepa } from '../../../shared/treasury/sepa-text';

describe('transliterateSepa', () => {
  it('keeps the allowed characters untouched', () => {
    const allowed = "abcXYZ 0189 / - ? : ( ) . , ' +";
    expect(transliterateSepa(allowed)).toBe(allowed);
  });

  it('drops accents and cedillas', () => {
    expect(transliterateSepa('Hélène Lefèvre')).toBe('Helene Lefevre');
    expect(transliterateSepa('ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿñÑ')).toBe(
      'AAACEEEEIIOOUUUYaaaceeeeiioouuuynN',
    );
    // Decomposed input (as macOS file names give) ends up the same.
    expect(transliterateSepa('He\u0301le\u0300ne')).toBe('Helene');
  });

  it('spells out compatibility characters (typographic ligatures, full-width letters) instead of dropping them', () => {
    expect(transliterateSepa('Service ﬁnance ﬂeurs')).toBe('Service finance fleurs');
    expect(transliterateSepa('ＡＢＣ１２')).toBe('ABC12');
  });

  it('spells out ligatures and special letters', () => {
    expect(transliterateSepa('Œuvre cœur Æsop ex æquo Straße ẞ Øre Łódź Þór')).toBe(
      'OEuvre coeur AEsop ex aequo Strasse SS Ore Lodz THor',
    );
  });

  it('maps typographic punctuation to its plain counterpart', () => {
    expect(transliterateSepa('L’Hôpital – d‘Arès — n° 3')).toBe("L'Hopital - d'Ares - no 3");
    expect(transliterateSepa('Dupont & Fils')).toBe('Dupont + Fils');
    expect(transliterateSepa('« Les Amis »')).toBe('Les Amis');
    expect(transliterateSepa('Frais 12 €')).toBe('Frais 12 EUR');
  });

  it('turns everything else into single spaces and trims', () => {
    expect(transliterateSepa('  a@b.fr ; 50 % * x_y  <tag>\t\nfin ')).toBe('a b.fr 50 x-y tag fin');
    expect(transliterateSepa('1\u202F234,56\u00A0€')).toBe('1 234,56 EUR');
    expect(transliterateSepa('日本 Ωmega 🙂')).toBe('mega');
    expect(transliterateSepa('')).toBe('');
  });

  it('always yields SEPA text', () => {
    let text = '';
    for (let code = 0; code < 0x3000; code += 1) text += String.fromCharCode(code);
    expect(isSepaText(transliterateSepa(text))).toBe(true);
  });
});

describe('sepaTextMax', () => {
  it('cuts after transliteration and leaves no trailing space', () => {
    expect(sepaTextMax('Élodie Dupont', 6)).toBe('Elodie');
    expect(sepaTextMax('Élodie Dupont', 7)).toBe('Elodie');
    expect(sepaTextMax('Œil', 2)).toBe('OE');
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });
});
