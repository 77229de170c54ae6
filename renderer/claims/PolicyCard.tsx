/** The reimbursement policy of a year: fiscal scale or flat rate per km, caps and receipts by kind of expense. */
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { lineKindLabels } from '../../shared/claims/schemas';
import type { Policy } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { eurosToCents } from './ui';

export function PolicyCard(props: { year: number }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    call('policies:get', { year: props.year }).then(setPolicy, (e: unknown) => notifyError(e));
  }, [props.year]);
  if (!policy) return null;
  const save = async () => {
    try {
      // What the year inherits from is shown, not saved: the boundary refuses unknown keys.
      const { inheritedFrom: _inheritedFrom, ...values } = policy;
      const saved = await call('policies:save', { ...values, year: props.year });
      setPolicy(saved);
      notifications.show({
        color: 'teal',
        title: 'Politique enregistrée',
        message: `Remboursements ${props.year} : les notes non validées sont recalculées.`,
      });
    } catch (e) {
      notifyError(e, 'La politique n’a pas été enregistrée');
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Politique de remboursement {props.year}
      </Title>
      {policy.inheritedFrom !== null && (
        <Text size="sm" c="dimmed" mb="xs">
          Reprise de {policy.inheritedFrom} tant qu’aucune politique n’est enregistrée pour {props.year}.
        </Text>
      )}
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Calcul des indemnités kilométriques"
          value={policy.mileageMode}
          onChange={(v) => setPolicy({ ...policy, mileageMode: v === 'forfait' ? 'forfait' : 'bareme' })}
          data={[
            { value: 'bareme', label: 'Barème fiscal (cumul annuel)' },
            { value: 'forfait', label: 'Taux au km voté par le CA' },
          ]}
        />
        {policy.mileageMode === 'forfait' && (
          <Group>
            {(['voiture', 'moto', 'cyclomoteur'] as const).map((k) => (
              <NumberInput
                key={k}
                label={`Taux ${k} (€/km)`}
                w={170}
                min={0}
                decimalScale={3}
                decimalSeparator=","
                value={policy.flatRates[k] / 1000}
                onChange={(v) =>
                  setPolicy({
                    ...policy,
                    flatRates: { ...policy.flatRates, [k]: Math.round(Number(v || 0) * 1000) },
                  })
                }
              />
            ))}
          </Group>
        )}
        <Table verticalSpacing={4} aria-label="Plafonds et justificatifs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nature</Table.Th>
              <Table.Th>Plafond par ligne (€)</Table.Th>
              <Table.Th>Justificatif obligatoire</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policy.kinds.map((k, index) => (
              <Table.Tr key={k.kind}>
                <Table.Td>{lineKindLabels[k.kind]}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Plafond ${lineKindLabels[k.kind]}`}
                    placeholder="sans plafond"
                    w={150}
                    min={0}
                    decimalScale={2}
                    decimalSeparator=","
                    value={k.capCents === null ? '' : k.capCents / 100}
                    onChange={(v) => {
                      const kinds = [...policy.kinds];
                      kinds[index] = { ...k, capCents: eurosToCents(v) };
                      setPolicy({ ...policy, kinds });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`Justificatif obligatoire ${lineKindLabels[k.kind]}`}
                    checked={k.receiptRequired}
                    onChange={(e) => {
                      const kinds = [...policy.kinds];
                      kinds[index] = { ...k, receiptRequired: e.currentTarget.checked };
                      setPolicy({ ...policy, kinds });
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button onClick={() => void save()}>Enregistrer la politique {props.year}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
