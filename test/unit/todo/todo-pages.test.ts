/**
 * « À faire » sends one page per section with the section's count, never the whole list: at
 * 100,000 people a section runs to tens of thousands of lines. Shape only — how long it takes
 * belongs to the bench (`npm run bench -- --large faire`), not to a test on a busy machine.
 */
import { createTestApp, type TestApp } from '../../helpers/context';
import { dispatch } from '../../../electron/ipc/dispatch';
import { getTodo } from '../../../electron/todo/todo';
import type { TodoList, TodoPage } from '../../../shared/register/types';
import { TODO_PAGE_LINES, TODO_SECTIONS, type TodoSectionKey } from '../../../shared/todo/paging';
import { foldForSearch } from '../../../shared/rules/text';
import { cdu, mandate, person } from '../register/fixtures';

const PEOPLE = 130;
let app: TestApp;

/**
 * 130 people, each the only titulaire of their own instance (2 + 2 seats, 3 people wanted) since
 * 2020, their term ending within the warning window, never trained, the charter never signed:
 * 130 lines in every section, 260 vacant seats.
 */
beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  for (let i = 0; i < PEOPLE; i += 1) {
    const instance = await cdu(app.ctx, { targetMin: 3 });
    // Names out of creation order, some accented: the order is by folded name, not by id.
    const someone = await person(app.ctx, `${i % 3 === 0 ? 'É' : 'E'}ssai ${(i * 37) % PEOPLE}`, 'Claire');
    await mandate(app.ctx, {
      representativeId: someone.id,
      instanceId: instance.id,
      startDate: `2020-0${1 + (i % 9)}-15`,
      endDate: '2027-01-15',
    });
  }
  await app.ctx.db
    .insertInto('charter_version')
    .values({
      title: 'Charte',
      version: '1',
      effective_date: '2024-01-01',
      body: 'Texte',
      created_at: '2024-01-01',
    })
    .execute();
}, 60_000);
afterAll(() => app.close());

const expected: Record<TodoSectionKey, number> = {
  expiring: PEOPLE,
  vacancies: 2 * PEOPLE,
  belowTarget: PEOPLE,
  trainings: PEOPLE,
  charters: PEOPLE,
};

async function todoAt(offsets: Partial<Record<TodoSectionKey, number>>): Promise<TodoList> {
  const answer = await dispatch(app.ctx, 'todo:get', { offsets });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as TodoList;
}

/** Every page of a section, one after the other, as the screen's « Lignes suivantes » asks them. */
async function allPages<T>(section: TodoSectionKey, pick: (todo: TodoList) => TodoPage<T>): Promise<T[]> {
  const lines: T[] = [];
  for (let offset = 0; ; offset += TODO_PAGE_LINES) {
    const page = pick(await todoAt({ [section]: offset }));
    expect(page.offset).toBe(offset);
    expect(page.lines.length).toBeLessThanOrEqual(TODO_PAGE_LINES);
    lines.push(...page.lines);
    if (offset + TODO_PAGE_LINES >= page.count) return lines;
  }
}

describe('« À faire » paged per section', () => {
  it('sends each section’s full count and its first page only', async () => {
    const todo = await getTodo(app.ctx);
    for (const section of TODO_SECTIONS) {
      expect([section, todo[section].count]).toEqual([section, expected[section]]);
      expect([section, todo[section].offset, todo[section].lines.length]).toEqual([
        section,
        0,
        TODO_PAGE_LINES,
      ]);
    }
  });

  it('sends the page asked for, and the last page when asked past the end', async () => {
    const todo = await todoAt({ trainings: 100, charters: 10_000, vacancies: 250 });
    expect([todo.trainings.offset, todo.trainings.lines.length]).toEqual([100, PEOPLE - 100]);
    expect([todo.charters.offset, todo.charters.lines.length]).toEqual([100, PEOPLE - 100]);
    expect([todo.vacancies.offset, todo.vacancies.lines.length]).toEqual([250, 2 * PEOPLE - 250]);
    // The other sections stay on their first page.
    expect([todo.expiring.offset, todo.expiring.lines.length]).toEqual([0, TODO_PAGE_LINES]);
  });

  it('pages follow one another in the order of the whole list, each line once', async () => {
    const trainings = await allPages('trainings', (t) => t.trainings);
    expect(new Set(trainings.map((t) => t.representativeId)).size).toBe(PEOPLE);
    const byDueThenName = [...trainings].sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        foldForSearch(a.representativeName).localeCompare(foldForSearch(b.representativeName)),
    );
    expect(trainings.map((t) => t.representativeId)).toEqual(byDueThenName.map((t) => t.representativeId));

    const charters = await allPages('charters', (t) => t.charters);
    expect(charters.map((c) => c.representativeName)).toEqual(
      [...charters]
        .sort((a, b) =>
          foldForSearch(a.representativeName).localeCompare(foldForSearch(b.representativeName)),
        )
        .map((c) => c.representativeName),
    );
    expect(new Set(charters.map((c) => c.representativeId)).size).toBe(PEOPLE);

    const vacancies = await allPages('vacancies', (t) => t.vacancies);
    expect(new Set(vacancies.map((v) => `${v.instanceId}-${v.role}`)).size).toBe(2 * PEOPLE);
    const expiring = await allPages('expiring', (t) => t.expiring);
    expect(new Set(expiring.map((e) => e.mandateId)).size).toBe(PEOPLE);
  });

  it('refuses a page before the first line, with a message in French', async () => {
    const answer = await dispatch(app.ctx, 'todo:get', { offsets: { trainings: -50 } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('Le début de la page ne peut pas être négatif');
  });
});
