/**
 * The CDU mandates of the demo, on the ARS's 3-year cycle: seats renewed at the start of the cycle,
 * titulaires paired with suppléants, a resignation during the cycle and vacant seats.
 */
import { endMandate, renewalDraft, renewMandate } from '../electron/register/mandates';
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';
import { mandateInput } from '../shared/register/schemas';
import { ARS, type RegisterDemoBuilders } from './register-builders';
import type { DemoInstances } from './register-instances';

/** Start of the running CDU cycle: 1 December of 2025, 2028… (3-year cycles), at or before today. */
export function currentCduCycleStart(today: string): string {
  const year = Number(today.slice(0, 4));
  for (let y = year; y >= year - 3; y -= 1) {
    const start = `${y}-12-01`;
    if ((((y - 2025) % 3) + 3) % 3 === 0 && start <= today) return start;
  }
  return `${year - 3}-12-01`;
}

/** Dates follow from today, so that a CDU cycle is running whenever the demo is loaded. */
export async function addCduMandates(
  { ctx, today, person, mandate }: RegisterDemoBuilders,
  { cduChu, cduClinique }: DemoInstances,
): Promise<void> {
  const cycle = currentCduCycleStart(today);
  const cycleEnd = dayBefore(addMonths(cycle, 36));
  const previous = addMonths(cycle, -36);
  const previousEnd = dayBefore(cycle);
  const arrete = (start: string, n: number) =>
    `Arrêté ARS n° ${start.slice(0, 4)}-CDU-${String(n).padStart(3, '0')}`;

  // CHU: the four seats were renewed at the start of the cycle, two by the same people.
  const oldT1 = await mandate({
    representativeId: person(0),
    instanceId: cduChu,
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  const oldT2 = await mandate({
    representativeId: person(3),
    instanceId: cduChu,
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  await mandate({
    representativeId: person(9),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  const oldS2 = await mandate({
    representativeId: person(16),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  await endMandate(ctx, {
    id: oldS2.id,
    endedOn: addMonths(previous, 20),
    reason: 'demission',
    note: 'Raisons professionnelles',
  });
  const t1 = await renewMandate(
    ctx,
    oldT1.id,
    mandateInput.parse({ ...(await renewalDraft(ctx, oldT1.id)), designationReference: arrete(cycle, 41) }),
  );
  const t2 = await renewMandate(
    ctx,
    oldT2.id,
    mandateInput.parse({ ...(await renewalDraft(ctx, oldT2.id)), designationReference: arrete(cycle, 41) }),
  );
  await mandate({
    representativeId: person(13),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 41),
    pairedMandateId: t1.id,
  });
  await mandate({
    representativeId: person(19),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 41),
    pairedMandateId: t2.id,
    proposingAssociation: 'APF France handicap',
  });

  // Clinique: one titulaire and one suppléant; the other two seats are vacant.
  const cliniqueT = await mandate({
    representativeId: person(6),
    instanceId: cduClinique,
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 57),
  });
  await mandate({
    representativeId: person(24),
    instanceId: cduClinique,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 57),
    pairedMandateId: cliniqueT.id,
    proposingAssociation: 'UNAFAM 35',
  });
  // A titulaire resigned during the cycle: her seat is vacant since.
  // (At the very start of a cycle, the resignation belongs to the previous one.)
  const resignedOn = addDays(today, -40);
  const resignedStart = resignedOn >= cycle ? cycle : previous;
  const resignedEnd = resignedOn >= cycle ? cycleEnd : previousEnd;
  const resigned = await mandate({
    representativeId: person(20),
    instanceId: cduClinique,
    startDate: resignedStart,
    endDate: resignedEnd,
    designatingAuthority: ARS,
    designationReference: arrete(resignedStart, 57),
  });
  await endMandate(ctx, {
    id: resigned.id,
    endedOn: resignedOn,
    reason: 'demission',
    note: 'Déménagement hors du département',
  });
}
