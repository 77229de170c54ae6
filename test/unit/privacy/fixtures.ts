/**
 * The indicators' data set, with Bruno given identifiers found nowhere else, and more records to
 * his name: a claim with a justificatif paid by SEPA transfer in 2026, a meeting whose notes name
 * him, an attestation. Bruno's mandate ended on 2025-03-31 and his renounced claim has its reçu
 * fiscal (2025-06-01): nothing prevents his anonymisation. Alice has a validated, unpaid claim.
 */
import { claimInput } from '../../../shared/claims/schemas';
import { meetingInput } from '../../../shared/meetings/schemas';
import { representativeInput } from '../../../shared/register/representative';
import { associationInput } from '../../../shared/association/schemas';
import { saveAssociation, getAssociation } from '../../../electron/association/association';
import * as claims from '../../../electron/claims/claims';
import { attachReceipt } from '../../../electron/claims/line-receipts';
import { getMeeting, updateMeeting } from '../../../electron/meetings/meetings';
import { recordAttestation } from '../../../electron/attestations/attestations';
import { createSepaBatch } from '../../../electron/treasury/payments';
import { confirmSepaBatch } from '../../../electron/treasury/sepa-batches';
import { updateRepresentative } from '../../../electron/register/representatives';
import type { TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';
import { givenDataSet, type DataSet } from '../indicators/fixtures';

export const BRUNO = {
  firstName: 'Bruno',
  lastName: 'Quéméner',
  email: 'bruno.quemener@exemple.fr',
  phone: '07 11 22 33 44',
  addressLine: '8 impasse des Saules',
  iban: 'FR1420041010050500013M02606',
};

export const pdfBytes = Buffer.from('%PDF-1.4\n% justificatif de test\n%%EOF\n');

export async function givenPrivacyData(app: TestApp): Promise<DataSet & { sepaClaimId: number }> {
  const data = await givenDataSet(app);
  const { ctx } = app;
  // What is read includes the logo and the time of the last change, which the form does not send.
  const {
    hasLogo: _hasLogo,
    logoDataUrl: _logo,
    updatedAt: _updatedAt,
    ...association
  } = await getAssociation(ctx);
  await saveAssociation(
    ctx,
    associationInput.parse({ ...association, iban: 'FR7630001007941234567890185', bic: null }),
  );
  await updateRepresentative(
    ctx,
    data.people.bruno,
    representativeInput.parse(
      personInput({
        ...BRUNO,
        civility: 'M.',
        postalCode: '35000',
        city: 'Rennes',
        notes: `Contact : ${BRUNO.phone}`,
      }),
    ),
  );
  const march = await getMeeting(ctx, data.meetings.march);
  await updateMeeting(
    ctx,
    march.id,
    meetingInput.parse({
      instanceId: data.instances.cdu,
      date: march.date,
      startTime: march.startTime,
      endTime: march.endTime,
      mode: 'sur_place',
      notes: `Bruno Quéméner a présenté le rapport ; joindre ${BRUNO.email}.`,
    }),
  );
  await recordAttestation(ctx, { meetingId: march.id, representativeId: data.people.bruno });

  const claim = await claims.createClaim(
    ctx,
    claimInput.parse({
      representativeId: data.people.bruno,
      lines: [
        {
          kind: 'transport',
          transportMode: 'train',
          date: '2025-03-10',
          purpose: 'CDU du 10/03',
          expenseCents: 3120,
          meetingId: march.id,
        },
      ],
    }),
  );
  const lineId = claim.lines[0]?.id ?? 0;
  await attachReceipt(ctx, {
    lineId,
    fileName: 'billet-Bruno Quéméner.pdf',
    dataBase64: pdfBytes.toString('base64'),
  });
  await claims.submitClaim(ctx, claim.id);
  await claims.validateClaim(ctx, claim.id);
  const batch = await createSepaBatch(ctx, { claimIds: [claim.id], executionDate: '2026-11-23' });
  await confirmSepaBatch(ctx, batch.batch.id);
  return { ...data, sepaClaimId: claim.id };
}
