import { answerError, checkAnswers, readAnswerText } from '../../../shared/surveys/answers';
import { labelKey, mappingError, matchColumns } from '../../../shared/surveys/column-mapping';
import { questionResult } from '../../../shared/surveys/results';
import { questionInput, surveyInput } from '../../../shared/surveys/schemas';
import type { SurveyQuestion } from '../../../shared/surveys/types';
import { questionsFrozenReason, statusChangeError } from '../../../shared/surveys/workflow';

const q = (
  id: number,
  kind: SurveyQuestion['kind'],
  label: string,
  extra: Partial<SurveyQuestion> = {},
): SurveyQuestion => ({
  id,
  position: id,
  kind,
  label,
  required: false,
  options: [],
  ...extra,
});

const scale = q(1, 'echelle', 'Êtes-vous satisfait de l’accueil ?', { required: true });
const yesNo = q(2, 'oui_non', 'Reviendriez-vous ?');
const choice = q(3, 'choix', 'Comment avez-vous connu le forum ?', {
  options: ['Affiche', 'Bouche-à-oreille', 'Médecin traitant'],
});
const free = q(4, 'texte', 'Vos suggestions');

describe('answers checked against their question', () => {
  it('accepts what each kind allows and says in French what it does not', () => {
    expect(answerError(scale, 3)).toBeNull();
    expect(answerError(scale, 6)).toBe('Choisissez une note de 1 à 5');
    expect(answerError(scale, 0)).toBe('Choisissez une note de 1 à 5');
    expect(answerError(scale, null)).toBe('Réponse obligatoire');
    expect(answerError(yesNo, 1)).toBeNull();
    expect(answerError(yesNo, 2)).toBe('Répondez par oui ou par non');
    expect(answerError(yesNo, null)).toBeNull();
    expect(answerError(choice, 2)).toBeNull();
    expect(answerError(choice, 3)).toBe('Choisissez l’une des réponses proposées');
    expect(answerError(free, 'Plus de stands')).toBeNull();
    expect(answerError(free, 4)).toBe('Écrivez la réponse');
    expect(answerError(free, '   ')).toBeNull();
  });

  it('checks a whole form: required questions, foreign questions, twice the same question', () => {
    const questions = [scale, yesNo, choice, free];
    const ok = checkAnswers(questions, [
      { questionId: 1, value: 4 },
      { questionId: 3, value: 0 },
      { questionId: 4, value: '  Une navette  ' },
      { questionId: 2, value: null },
    ]);
    expect(ok.errors).toEqual({});
    expect([...ok.values]).toEqual([
      [1, 4],
      [3, 0],
      [4, 'Une navette'],
    ]);
    const bad = checkAnswers(questions, [
      { questionId: 3, value: 1 },
      { questionId: 3, value: 2 },
      { questionId: 99, value: 1 },
    ]);
    expect(bad.errors).toEqual({
      '1': 'Réponse obligatoire',
      '3': 'Deux réponses à la même question',
      '99': 'Cette question n’est pas dans ce questionnaire',
    });
  });

  it('reads the cells of an online form tool’s export', () => {
    expect(readAnswerText(scale, '4')).toEqual({ value: 4 });
    expect(readAnswerText(scale, '4 - Satisfait')).toEqual({ value: 4 });
    expect(readAnswerText(scale, '5/5')).toEqual({ value: 5 });
    expect(readAnswerText(scale, '4,0')).toEqual({ value: 4 });
    expect(readAnswerText(scale, '7')).toEqual({ error: '« 7 » n’est pas une note de 1 à 5' });
    expect(readAnswerText(scale, '')).toEqual({ error: 'réponse obligatoire absente' });
    expect(readAnswerText(yesNo, ' OUI ')).toEqual({ value: 1 });
    expect(readAnswerText(yesNo, 'Non')).toEqual({ value: 0 });
    expect(readAnswerText(yesNo, 'peut-être')).toEqual({ error: '« peut-être » n’est ni oui ni non' });
    expect(readAnswerText(yesNo, '')).toEqual({ value: null });
    expect(readAnswerText(choice, 'bouche a oreille')).toEqual({
      error: '« bouche a oreille » n’est pas l’une des réponses proposées',
    });
    expect(readAnswerText(choice, 'BOUCHE-À-OREILLE')).toEqual({ value: 1 });
    expect(readAnswerText(choice, 'médecin traitant.')).toEqual({ value: 2 });
    expect(readAnswerText(free, '  Rien à ajouter ')).toEqual({ value: 'Rien à ajouter' });
  });
});

describe('results per question', () => {
  it('counts, averages a scale to one decimal and lists every value, chosen or not', () => {
    const r = questionResult(
      scale,
      new Map([
        [5, 2],
        [4, 3],
        [2, 1],
      ]),
    );
    expect(r.answered).toBe(6);
    expect(r.mean).toBe(4); // (10 + 12 + 2) / 6
    expect(r.distribution).toEqual([
      { label: '1', count: 0, percent: 0 },
      { label: '2', count: 1, percent: 17 },
      { label: '3', count: 0, percent: 0 },
      { label: '4', count: 3, percent: 50 },
      { label: '5', count: 2, percent: 33 },
    ]);
    expect(
      questionResult(
        scale,
        new Map([
          [4, 2],
          [5, 1],
        ]),
      ).mean,
    ).toBe(4.3);
  });

  it('gives no mean for yes/no and choices, and nothing but counts for no answer at all', () => {
    const r = questionResult(
      yesNo,
      new Map([
        [1, 3],
        [0, 1],
      ]),
    );
    expect(r.mean).toBeNull();
    expect(r.distribution).toEqual([
      { label: 'Oui', count: 3, percent: 75 },
      { label: 'Non', count: 1, percent: 25 },
    ]);
    const c = questionResult(
      choice,
      new Map([
        [2, 1],
        [7, 5],
      ]),
    );
    expect(c.answered).toBe(1);
    expect(c.distribution.map((d) => d.label)).toEqual(['Affiche', 'Bouche-à-oreille', 'Médecin traitant']);
    const none = questionResult(scale, new Map());
    expect(none).toMatchObject({ answered: 0, mean: null });
    expect(none.distribution.every((d) => d.percent === 0)).toBe(true);
  });

  it('keeps free texts apart, with their total', () => {
    const r = questionResult(free, new Map(), [{ responseId: 3, text: 'Une navette' }], 12);
    expect(r).toMatchObject({ answered: 12, mean: null, distribution: [], textTotal: 12 });
  });
});

describe('columns matched to questions', () => {
  it('by label, whatever the case, accents, apostrophes and punctuation', () => {
    expect(labelKey('Êtes-vous satisfait de l’accueil ?')).toBe(labelKey("ETES VOUS SATISFAIT DE L'ACCUEIL"));
    const headers = [
      'Horodateur',
      'Adresse e-mail',
      "etes-vous satisfait de l'accueil",
      'Comment avez-vous connu le forum ? [une seule réponse]',
      'VOS SUGGESTIONS',
    ];
    expect(matchColumns(headers, [scale, yesNo, choice, free])).toEqual([
      { questionId: 1, column: 2 },
      { questionId: 2, column: null },
      { questionId: 3, column: 3 },
      { questionId: 4, column: 4 },
    ]);
  });

  it('never gives one column to two questions, and says what is wrong with a mapping', () => {
    const twins = [q(1, 'echelle', 'Accueil'), q(2, 'echelle', 'Accueil')];
    expect(matchColumns(['Accueil'], twins)).toEqual([
      { questionId: 1, column: 0 },
      { questionId: 2, column: null },
    ]);
    expect(
      mappingError(
        [
          { questionId: 1, column: 0 },
          { questionId: 2, column: 0 },
        ],
        3,
      ),
    ).toMatch(/deux questions/);
    expect(mappingError([{ questionId: 1, column: 5 }], 3)).toMatch(/absente/);
    expect(mappingError([{ questionId: 1, column: null }], 3)).toMatch(/Aucune colonne/);
    expect(mappingError([{ questionId: 1, column: 1 }], 3)).toBeNull();
  });
});

describe('what may change when', () => {
  it('freezes the questions once diffused or answered, with the reason', () => {
    expect(questionsFrozenReason({ status: 'brouillon', questionCount: 2, responseCount: 0 })).toBeNull();
    expect(questionsFrozenReason({ status: 'diffuse', questionCount: 2, responseCount: 0 })).toMatch(
      /repassez-le en brouillon/,
    );
    expect(questionsFrozenReason({ status: 'diffuse', questionCount: 2, responseCount: 1 })).toMatch(
      /^1 réponse est enregistrée : les questions ne peuvent plus changer/,
    );
    expect(questionsFrozenReason({ status: 'diffuse', questionCount: 2, responseCount: 3 })).toMatch(
      /^3 réponses sont enregistrées/,
    );
  });

  it('diffuses only with questions, analyses only with answers', () => {
    expect(statusChangeError({ status: 'brouillon', questionCount: 0, responseCount: 0 }, 'diffuse')).toMatch(
      /au moins une question/,
    );
    expect(statusChangeError({ status: 'diffuse', questionCount: 2, responseCount: 0 }, 'analyse')).toMatch(
      /Aucune réponse/,
    );
    expect(
      statusChangeError({ status: 'diffuse', questionCount: 2, responseCount: 4 }, 'analyse'),
    ).toBeNull();
    expect(statusChangeError({ status: 'diffuse', questionCount: 2, responseCount: 4 }, 'brouillon')).toMatch(
      /ne peut plus redevenir/,
    );
    expect(
      statusChangeError({ status: 'analyse', questionCount: 2, responseCount: 4 }, 'diffuse'),
    ).toBeNull();
  });
});

describe('input schemas', () => {
  it('asks for two different choices, and keeps only the chosen attachment', () => {
    expect(
      questionInput.safeParse({ kind: 'choix', label: 'Q', options: ['A'] }).error?.issues[0]?.message,
    ).toBe('Proposez au moins deux choix');
    expect(
      questionInput.safeParse({ kind: 'choix', label: 'Q', options: ['A', 'a'] }).error?.issues[0]?.message,
    ).toBe('Le choix « a » est en double');
    expect(questionInput.parse({ kind: 'echelle', label: 'Q', options: ['A', 'B'] }).options).toEqual([]);
    expect(
      surveyInput.parse({
        title: 'T',
        audience: 'participants',
        attachedTo: 'annee',
        actionId: 3,
        year: 2026,
      }).actionId,
    ).toBeNull();
    expect(
      surveyInput.safeParse({ title: 'T', audience: 'participants', attachedTo: 'action', year: 2026 }).error
        ?.issues[0],
    ).toMatchObject({ path: ['actionId'], message: 'Choisissez l’action' });
  });
});
