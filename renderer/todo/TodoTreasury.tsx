/** The treasurer's sections of « À faire »: each line leads where it is settled, and goes once it is. */
import { Badge, Button, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import type { TodoTreasury } from '../../shared/todo/types';
import { call, notifyError } from '../api';
import { formatDate, formatDateTime } from '../format';
import { plural } from '../register/labels';
import { Fix, Section, TodoLine } from './TodoSection';

const Since = (props: { children: ReactNode }) => (
  <Text size="xs" c="dimmed">
    {props.children}
  </Text>
);

/** How many lines the treasurer has to act on (the count of the « Trésorerie » filter). */
export function treasuryCount(t: TodoTreasury): number {
  return (
    t.toValidate.count +
    t.toPay.count +
    t.blockedByIban.count +
    t.batchesToConfirm.count +
    t.renouncedWithoutReceipt.count +
    (t.declaration ? 1 : 0)
  );
}

export function TodoTreasurySections(props: { treasury: TodoTreasury; onChanged: () => Promise<void> }) {
  const t = props.treasury;
  const declare = (year: number) =>
    modals.openConfirmModal({
      title: `Les reçus fiscaux ${year} sont-ils déclarés ?`,
      children: (
        <Text size="sm">
          Confirmez seulement une fois le nombre et le montant des reçus de {year} déclarés à l’administration
          fiscale. Le rappel disparaîtra d’« À faire ».
        </Text>
      ),
      labels: { confirm: 'Oui, c’est déclaré', cancel: 'Retour' },
      onConfirm: () => void call('taxReceipts:markDeclared', { year }).then(props.onChanged, notifyError),
    });

  return (
    <>
      <Section
        testId="a-faire-notes-a-valider"
        title="Notes de frais à valider"
        count={t.toValidate.count}
        empty="Aucune note soumise n’attend de validation."
        note={t.toValidate.count > 0 ? `Total ${formatEuros(t.toValidate.totalCents)}.` : undefined}
        more={{ to: '/frais?statut=soumise', label: `Voir les ${t.toValidate.count} notes soumises` }}
      >
        {t.toValidate.lines.map((c) => (
          <TodoLine
            key={c.claimId}
            title={c.personName}
            subtitle={c.number}
            value={formatEuros(c.totalCents)}
            detail={c.since && <Since>Soumise le {formatDateTime(c.since)}</Since>}
            fix={{
              to: `/frais/${c.claimId}`,
              label: `Examiner la note ${c.number ?? ''} de ${c.personName}`,
              text: 'Examiner',
            }}
          />
        ))}
      </Section>

      <Section
        testId="a-faire-notes-a-payer"
        title="Notes validées à payer"
        count={t.toPay.count}
        empty="Aucune note validée n’attend de paiement."
      >
        {t.toPay.count > 0
          ? [
              <Table.Tr key="a-payer">
                <Table.Td>
                  <Text size="sm">
                    {plural(t.toPay.count, 'note validée payable', 'notes validées payables')} par virement
                  </Text>
                </Table.Td>
                <Table.Td w={270}>
                  <Text size="sm">{formatEuros(t.toPay.totalCents)}</Text>
                </Table.Td>
                <Fix to="/paiements" label="Préparer les virements">
                  Préparer les virements
                </Fix>
              </Table.Tr>,
            ]
          : []}
      </Section>

      <Section
        testId="a-faire-iban"
        title="Paiements bloqués par l’IBAN"
        count={t.blockedByIban.count}
        empty="Toutes les personnes à payer ont un IBAN valide."
      >
        {t.blockedByIban.lines.map((p) => (
          <TodoLine
            key={p.representativeId}
            title={p.personName}
            subtitle={p.problem}
            subtitleColor="red"
            value={`${plural(p.claimCount, 'note validée', 'notes validées')}, ${formatEuros(p.totalCents)}`}
            fix={{
              to: `/representants/${p.representativeId}/modifier`,
              label: `Compléter l’IBAN de ${p.personName}`,
              text: 'Compléter l’IBAN',
            }}
          />
        ))}
      </Section>

      <Section
        testId="a-faire-virements"
        title="Virements à confirmer"
        count={t.batchesToConfirm.count}
        empty="Aucun fichier de virements n’attend la réponse de la banque."
      >
        {t.batchesToConfirm.lines.map((b) => (
          <TodoLine
            key={b.batchId}
            title={`Lot ${b.messageId}`}
            subtitle={`${plural(b.paymentCount, 'virement', 'virements')}, ${formatEuros(b.totalCents)}`}
            value={`Exécution le ${formatDate(b.executionDate)}`}
            detail={
              b.overdue && (
                <Badge color="red" variant="light">
                  Date passée : la banque a répondu
                </Badge>
              )
            }
            fix={{
              to: '/paiements',
              label: `Confirmer ou annuler le lot ${b.messageId}`,
              text: 'Confirmer ou annuler',
            }}
          />
        ))}
      </Section>

      <Section
        testId="a-faire-recus"
        title="Reçus fiscaux à émettre"
        count={t.renouncedWithoutReceipt.count}
        empty="Chaque abandon de frais a son reçu fiscal."
        note={
          t.renouncedWithoutReceipt.count > 0
            ? `Abandons de frais sans reçu : ${formatEuros(t.renouncedWithoutReceipt.totalCents)}.`
            : undefined
        }
        more={{
          to: `/recus-fiscaux?annee=${t.renouncedWithoutReceipt.years[0] ?? ''}`,
          label: 'Voir tous les reçus à émettre',
        }}
      >
        {t.renouncedWithoutReceipt.lines.map((c) => (
          <TodoLine
            key={c.claimId}
            title={c.personName}
            subtitle={c.number}
            value={formatEuros(c.totalCents)}
            detail={c.since && <Since>Renonciation signée le {formatDate(c.since)}</Since>}
            fix={{
              to: `/recus-fiscaux?annee=${c.since?.slice(0, 4) ?? ''}`,
              label: `Émettre le reçu fiscal de ${c.personName}`,
              text: 'Émettre le reçu',
            }}
          />
        ))}
      </Section>

      {t.declaration && (
        <Section
          testId="a-faire-declaration"
          title={`Déclaration des reçus fiscaux ${t.declaration.year}`}
          count={1}
          empty=""
        >
          {[
            <Table.Tr key="declaration">
              <Table.Td>
                <Text size="sm">
                  {plural(t.declaration.receiptCount, 'reçu émis', 'reçus émis')} pour{' '}
                  {formatEuros(t.declaration.totalCents)} : nombre et montant à déclarer chaque année à
                  l’administration fiscale.
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Button
                  component={Link}
                  to={`/recus-fiscaux?annee=${t.declaration.year}`}
                  size="xs"
                  variant="subtle"
                >
                  Voir les reçus {t.declaration.year}
                </Button>
              </Table.Td>
              <Table.Td w={170} ta="right">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => t.declaration && declare(t.declaration.year)}
                >
                  C’est déclaré
                </Button>
              </Table.Td>
            </Table.Tr>,
          ]}
        </Section>
      )}
    </>
  );
}
