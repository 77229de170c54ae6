import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatEuros, formatRateMilli } from '../../shared/rules/format-fr';
import { lineKindLabels } from '../../shared/claims/schemas';
import type { ClaimsSettings } from '../../shared/claims/settings';
import type { Policy, ScaleView } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { useLoad } from '../hooks';
import { currentYear, eurosToCents } from './ui';

const kindTitles = {
  voiture: 'Voitures',
  moto: 'Motos (> 50 cm³)',
  cyclomoteur: 'Cyclomoteurs et scooters (≤ 50 cm³)',
} as const;

function PolicyCard(props: { year: number }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    call('policies:get', { year: props.year }).then(setPolicy, (e: unknown) => notifyError(e));
  }, [props.year]);
  if (!policy) return null;
  const save = async () => {
    try {
      const saved = await call('policies:save', { ...policy, year: props.year });
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

function ScaleCard(props: { year: number; onOpened: () => void }) {
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

function AccountsCard() {
  const { data, setData } = useLoad(() => call('claimsSettings:get', {}), []);
  if (!data) return null;
  const set = (change: Partial<ClaimsSettings>) => setData({ ...data, ...change });
  const setAccount = (k: keyof ClaimsSettings['accounts'], v: string) =>
    set({ accounts: { ...data.accounts, [k]: v } });
  const labels: Record<keyof ClaimsSettings['accounts'], string> = {
    travel: 'Frais de déplacement (625x)',
    missions: 'Repas et hébergement (625x)',
    volunteers: 'Bénévoles, frais à rembourser',
    abandon: 'Abandons de frais par les bénévoles',
    bank: 'Banque',
    cash: 'Caisse',
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Reçus fiscaux et comptabilité
      </Title>
      <Stack gap="sm">
        <Select
          label="Reçus fiscaux"
          w={420}
          allowDeselect={false}
          value={data.receiptGrouping}
          onChange={(v) => set({ receiptGrouping: v === 'par_note' ? 'par_note' : 'par_personne_annee' })}
          data={[
            { value: 'par_personne_annee', label: 'Un reçu par personne et par année' },
            { value: 'par_note', label: 'Un reçu par note abandonnée' },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(Object.keys(labels) as Array<keyof ClaimsSettings['accounts']>).map((k) => (
            <TextInput
              key={k}
              label={labels[k]}
              value={data.accounts[k]}
              onChange={(e) => setAccount(k, e.currentTarget.value)}
            />
          ))}
          <TextInput
            label="Code journal"
            value={data.journalCode}
            onChange={(e) => set({ journalCode: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            onClick={() =>
              void call('claimsSettings:save', data).then(
                (s) => {
                  setData(s);
                  notifications.show({
                    color: 'teal',
                    title: 'Paramètres enregistrés',
                    message: 'Reçus fiscaux et comptes',
                  });
                },
                (e: unknown) => notifyError(e, 'Les paramètres n’ont pas été enregistrés'),
              )
            }
          >
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Paramètres › Frais: policy and scale of a year, receipts and accounts. */
export function ClaimsSettingsTab() {
  const years = useLoad(() => call('scales:years', {}), []);
  const [year, setYear] = useState(currentYear());
  const known = years.data?.years ?? [];
  const options = [...new Set([...known, currentYear(), currentYear() + 1])]
    .sort((a, b) => b - a)
    .map(String);
  return (
    <Stack gap="md" maw={1100}>
      <Select
        label="Année"
        w={140}
        allowDeselect={false}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        data={options}
      />
      <PolicyCard year={year} />
      <ScaleCard year={year} onOpened={() => void years.reload()} />
      <AccountsCard />
    </Stack>
  );
}
