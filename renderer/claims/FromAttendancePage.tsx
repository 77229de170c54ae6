import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { AttendanceProposals } from '../../shared/claims/types';
import { ApiCallError, call, notifyError } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { kmToTenths, PersonSelect } from './ui';

interface Row {
  meetingId: number;
  selected: boolean;
  fromPlace: string;
  toPlace: string;
  distanceKm: number | string;
  roundTrip: boolean;
}

export function FromAttendancePage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const personParam = params.get('personne');
  const person = personParam ? Number(personParam) : null;
  const [data, setData] = useState<AttendanceProposals | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [vehicleId, setVehicleId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setData(null);
    if (person === null) return;
    call('claims:proposeFromAttendance', { representativeId: person })
      .then((d) => {
        setData(d);
        setRows(
          d.proposals.map((p) => ({
            meetingId: p.meetingId,
            selected: true,
            fromPlace: p.fromPlace ?? '',
            toPlace: p.place ?? '',
            distanceKm: p.distanceTenthKm === null ? '' : p.distanceTenthKm / 10,
            roundTrip: p.roundTrip,
          })),
        );
        const first = d.vehicles.find((v) => !v.archived);
        setVehicleId(first ? String(first.id) : null);
        setErrors({});
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
  }, [person]);

  const setRow = (index: number, change: Partial<Row>) =>
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const create = async () => {
    if (person === null) return;
    const chosen = rows.map((r, index) => ({ r, index })).filter((x) => x.r.selected);
    const local: Record<string, string> = {};
    if (chosen.length === 0) local.general = 'Cochez au moins une réunion.';
    if (!vehicleId) local.vehicle = 'Choisissez le véhicule utilisé';
    for (const { r, index } of chosen) {
      if (kmToTenths(r.distanceKm) === null || (kmToTenths(r.distanceKm) ?? 0) <= 0)
        local[`lines.${index}.distance`] = 'Indiquez la distance';
      if (!r.fromPlace.trim()) local[`lines.${index}.from`] = 'Lieu de départ';
      if (!r.toPlace.trim()) local[`lines.${index}.to`] = 'Destination';
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      const claim = await call('claims:createFromAttendance', {
        representativeId: person,
        title: null,
        lines: chosen.map(({ r }) => ({
          meetingId: r.meetingId,
          fromPlace: r.fromPlace,
          toPlace: r.toPlace,
          distanceTenthKm: kmToTenths(r.distanceKm) ?? 0,
          roundTrip: r.roundTrip,
          vehicleId: Number(vehicleId),
        })),
      });
      notifications.show({
        color: 'teal',
        title: 'Note de frais créée',
        message: `${plural(claim.lines.length, 'trajet', 'trajets')} en brouillon.`,
      });
      navigate(`/frais/${claim.id}`);
    } catch (e) {
      if (e instanceof ApiCallError) setErrors({ general: e.message });
      notifyError(e, 'La note n’a pas été créée');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Créer la note de frais depuis les présences"
        back={{ to: '/frais', label: 'Notes de frais' }}
      />
      <Stack gap="md" maw={1100}>
        <Text size="sm" c="dimmed">
          Chaque réunion, ou séance d’une action, où la personne était présente sur place et qui ne figure
          encore sur aucune note devient un trajet. La distance reprend celle de son dernier trajet vers le
          même lieu.
        </Text>
        <PersonSelect
          label="Représentant"
          value={person}
          onChange={(v) => setParams(v === null ? {} : { personne: String(v) }, { replace: true })}
          w={360}
        />
        {data && data.proposals.length === 0 && (
          <EmptyState title="Aucune réunion à déclarer">
            {data.personName} n’a pas de présence sur place qui ne soit déjà sur une note de frais. Les
            présences se saisissent dans « Réunions ».
          </EmptyState>
        )}
        {data && data.proposals.length > 0 && (
          <>
            <Select
              label="Véhicule utilisé"
              w={360}
              value={vehicleId}
              onChange={setVehicleId}
              error={errors.vehicle}
              placeholder={
                data.vehicles.length === 0
                  ? 'Aucun véhicule sur la fiche : ajoutez-le dans Personnes'
                  : 'Choisir'
              }
              data={data.vehicles
                .filter((v) => !v.archived)
                .map((v) => ({
                  value: String(v.id),
                  label: `${v.label || 'Véhicule'} — ${v.kind === 'cyclomoteur' ? 'cyclomoteur' : `${v.kind} ${v.fiscalPowerCv} CV`}${v.electric ? ', électrique' : ''}`,
                }))}
            />
            <Card withBorder padding={0}>
              <Table verticalSpacing="xs" aria-label="Réunions proposées">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40} />
                    <Table.Th>Réunion ou séance</Table.Th>
                    <Table.Th>Départ</Table.Th>
                    <Table.Th>Destination</Table.Th>
                    <Table.Th w={130}>Distance (km)</Table.Th>
                    <Table.Th w={120}>Aller-retour</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.proposals.map((p, index) => {
                    const row = rows[index];
                    if (!row) return null;
                    const label = `${formatDate(p.date)} — ${p.kind === 'action' ? 'Séance ' : ''}${p.engagement}`;
                    return (
                      <Table.Tr key={p.meetingId}>
                        <Table.Td>
                          <Checkbox
                            aria-label={`Inclure la réunion du ${label}`}
                            checked={row.selected}
                            onChange={(e) => setRow(index, { selected: e.currentTarget.checked })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {label}
                          </Text>
                          {p.title && (
                            <Text size="xs" c="dimmed">
                              {p.title}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={`Départ (${label})`}
                            value={row.fromPlace}
                            onChange={(e) => setRow(index, { fromPlace: e.currentTarget.value })}
                            error={errors[`lines.${index}.from`]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={`Destination (${label})`}
                            value={row.toPlace}
                            onChange={(e) => setRow(index, { toPlace: e.currentTarget.value })}
                            error={errors[`lines.${index}.to`]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={`Distance en km (${label})`}
                            min={0}
                            decimalScale={1}
                            decimalSeparator=","
                            value={row.distanceKm}
                            onChange={(v) => setRow(index, { distanceKm: v })}
                            error={errors[`lines.${index}.distance`]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Checkbox
                            aria-label={`Aller-retour (${label})`}
                            checked={row.roundTrip}
                            onChange={(e) => setRow(index, { roundTrip: e.currentTarget.checked })}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Card>
            {errors.general && <Alert color="red">{errors.general}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate('/frais')}>
                Annuler
              </Button>
              <Button loading={saving} onClick={() => void create()}>
                Créer la note de frais
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
