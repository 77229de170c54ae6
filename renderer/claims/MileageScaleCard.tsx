/** The fiscal mileage scale of a year, shown band by band, opened from the previous year and edited. */
import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatEuros, formatRateMilli } from '../../shared/rules/format-fr';
import type { ScaleView } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { eurosToCents } from './ui';

const kindTitles = {
  voiture: 'Voitures',
  moto: 'Motos (> 50 cm³)',
  cyclomoteur: 'Cyclomoteurs et scooters (≤ 50 cm³)',
} as const;

export function MileageScaleCard(props: { year: number; onOpened: () => void }) {
  const [scale, setScale] = useState<ScaleView | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    call('scales:get', { year: props.year }).then(setScale, () => {
      setScale(null);
      setMissing(true);
    });
  }, [props.year]);

  if (missing) {
    return (
      <Card withBorder>
        <Alert color="orange" title={`Pas de barème kilométrique ${props.year}`}>
          <Stack gap="xs">
            <Text size="sm">
              Ouvrir l’année recopie le dernier barème ; corrigez-le quand l’administration fiscale publie le
              nouveau.
            </Text>
            <Group>
              <Button
                onClick={() =>
                  void call('scales:openYear', { year: props.year }).then(
                    (s) => {
                      setScale(s);
                      setMissing(false);
                      props.onOpened();
                    },
                    (e: unknown) => notifyError(e),
                  )
                }
              >
                Ouvrir l’année {props.year}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Card>
    );
  }
  if (!scale) return null;

  const setBand = (
    kind: keyof ScaleView['kinds'],
    bi: number,
    ni: number,
    field: 'rateMilli' | 'fixedCents',
    value: number,
  ) => {
    const kinds = {
      ...scale.kinds,
      [kind]: scale.kinds[kind].map((b, i) =>
        i !== bi ? b : { ...b, bands: b.bands.map((n, j) => (j !== ni ? n : { ...n, [field]: value })) },
      ),
    };
    setScale({ ...scale, kinds });
  };

  const save = () =>
    modals.openConfirmModal({
      title: `Enregistrer le barème ${props.year} ?`,
      children: (
        <Text size="sm">
          Les lignes kilométriques non validées de {props.year} seront recalculées ; les notes validées
          gardent leurs montants.
        </Text>
      ),
      labels: { confirm: 'Enregistrer', cancel: 'Annuler' },
      onConfirm: () =>
        void call('scales:save', scale).then(
          (s) => {
            setScale(s);
            notifications.show({
              color: 'teal',
              title: 'Barème enregistré',
              message: `Barème ${props.year}`,
            });
          },
          (e: unknown) => notifyError(e, 'Le barème n’a pas été enregistré'),
        ),
    });

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Barème kilométrique {props.year}
        </Title>
        <NumberInput
          label="Majoration véhicule électrique (%)"
          w={260}
          min={0}
          max={100}
          value={scale.electricBonusPercent}
          onChange={(v) => setScale({ ...scale, electricBonusPercent: Number(v || 0) })}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Montant annuel pour la distance totale d de l’année : d × taux + part fixe, selon la tranche de
        distance et la puissance fiscale.
      </Text>
      <Stack gap="md">
        {(['voiture', 'moto', 'cyclomoteur'] as const).map((kind) => (
          <div key={kind}>
            <Text fw={600} size="sm" mb={4}>
              {kindTitles[kind]}
            </Text>
            <Table verticalSpacing={2} aria-label={`Barème ${kindTitles[kind]}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Puissance</Table.Th>
                  {scale.kinds[kind][0]?.bands.map((b, ni, all) => (
                    <Table.Th key={ni}>
                      {ni === 0
                        ? `d ≤ ${b.upToKm?.toLocaleString('fr-FR')} km`
                        : b.upToKm === null
                          ? `d > ${all[ni - 1]?.upToKm?.toLocaleString('fr-FR')} km`
                          : `${((all[ni - 1]?.upToKm ?? 0) + 1).toLocaleString('fr-FR')} à ${b.upToKm.toLocaleString('fr-FR')} km`}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scale.kinds[kind].map((bracket, bi) => (
                  <Table.Tr key={bi}>
                    <Table.Td>{bracket.label}</Table.Td>
                    {bracket.bands.map((band, ni) => (
                      <Table.Td key={ni}>
                        <Group gap={4} wrap="nowrap">
                          <Text size="sm">d ×</Text>
                          <NumberInput
                            aria-label={`Taux ${kind} ${bracket.label} tranche ${ni + 1}`}
                            w={90}
                            size="xs"
                            min={0}
                            decimalScale={3}
                            decimalSeparator=","
                            value={band.rateMilli / 1000}
                            onChange={(v) =>
                              setBand(kind, bi, ni, 'rateMilli', Math.round(Number(v || 0) * 1000))
                            }
                          />
                          <Text size="sm">+</Text>
                          <NumberInput
                            aria-label={`Part fixe ${kind} ${bracket.label} tranche ${ni + 1}`}
                            w={90}
                            size="xs"
                            min={0}
                            decimalScale={2}
                            decimalSeparator=","
                            thousandSeparator={'\u202f'}
                            suffix={'\u00a0€'}
                            value={band.fixedCents / 100}
                            onChange={(v) => setBand(kind, bi, ni, 'fixedCents', eurosToCents(v) ?? 0)}
                          />
                        </Group>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
        <Text size="xs" c="dimmed">
          Exemple : voiture 5 CV, tranche 2 = d ×{' '}
          {formatRateMilli(scale.kinds.voiture[2]?.bands[1]?.rateMilli ?? 0)} +{' '}
          {formatEuros(scale.kinds.voiture[2]?.bands[1]?.fixedCents ?? 0, { dropZeroCents: true })}.
        </Text>
        <Group justify="flex-end">
          <Button onClick={save}>Enregistrer le barème {props.year}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
