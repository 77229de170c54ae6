/**
 * Who took part in a session of an action. Nobody is expected: the secretary adds people from
 * the register (anyone, whatever their profile; archived people are not offered), with a status,
 * a role, hours (the session's by default) and notes, and removes a line after confirming.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { attendanceRoles, type AttendanceRole, type AttendanceStatus } from '../../shared/meetings/schemas';
import { sessionStatuses } from '../../shared/meetings/sessions';
import type { SessionAttendance, SessionParticipant } from '../../shared/meetings/types';
import {
  attendanceRoleLabel,
  attendanceShortLabel,
  attendanceStatusLabel,
} from '../../shared/rules/agreement';
import { plural } from '../../shared/rules/plural';
import { ApiCallError, call, notifyError } from '../api';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { TimeField } from '../meetings/fields';
import { formatTime } from '../meetings/format';

type SessionStatus = (typeof sessionStatuses)[number];

interface Editing {
  representativeId: number | null;
  /** Known when editing an existing line. */
  civility: string | null;
  name: string | null;
  status: SessionStatus;
  role: AttendanceRole;
  startTime: string;
  endTime: string;
  notes: string;
}

const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

function PersonSearch(props: {
  value: number | null;
  onChange: (id: number | null, civility: string | null) => void;
  exclude: Set<number>;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  // A page of the register, searched by the main process: the register may hold thousands.
  const { data } = useLoad(
    () =>
      call('representatives:list', { search, status: 'actifs', sort: 'nom', direction: 'asc', limit: 20 }),
    [search],
  );
  return (
    <Select
      label="Personne"
      placeholder="Tapez un nom"
      searchable
      required
      data-autofocus
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      value={props.value === null ? null : String(props.value)}
      onChange={(v) =>
        props.onChange(v ? Number(v) : null, data?.rows.find((p) => String(p.id) === v)?.civility ?? null)
      }
      data={(data?.rows ?? [])
        .filter((p) => !props.exclude.has(p.id))
        .map((p) => ({
          value: String(p.id),
          label: `${p.lastName.toUpperCase()} ${p.firstName}${p.city ? ` — ${p.city}` : ''}`,
        }))}
      nothingFoundMessage={search ? 'Personne ne correspond dans le registre' : 'Tapez un nom'}
      error={props.error}
    />
  );
}

export function SessionAttendanceCard(props: {
  attendance: SessionAttendance;
  onChanged: (attendance: SessionAttendance) => void;
}) {
  const { session, participants, held } = props.attendance;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const locked = session.cancelled;

  const open = (p: SessionParticipant | null) => {
    setErrors({});
    setEditing(
      p
        ? {
            representativeId: p.representativeId,
            civility: p.civility,
            name: nameOf(p),
            status: p.status === 'remplace' ? 'present' : p.status,
            role: p.role,
            startTime: p.startTime ?? session.startTime,
            endTime: p.endTime ?? session.endTime,
            notes: p.notes ?? '',
          }
        : {
            representativeId: null,
            civility: null,
            name: null,
            status: held ? (session.mode === 'distance' ? 'distance' : 'present') : 'excuse',
            role: 'participant',
            startTime: session.startTime,
            endTime: session.endTime,
            notes: '',
          },
    );
  };

  const save = async () => {
    if (!editing) return;
    if (editing.representativeId === null) {
      setErrors({ representativeId: 'Choisissez une personne du registre' });
      return;
    }
    setSaving(true);
    try {
      // The session's own times are stored as « no own hours »: moving the session moves them.
      const own = editing.startTime !== session.startTime || editing.endTime !== session.endTime;
      const result = await call('sessions:saveParticipant', {
        meetingId: session.id,
        representativeId: editing.representativeId,
        status: editing.status,
        role: editing.role,
        startTime: own ? editing.startTime : null,
        endTime: own ? editing.endTime : null,
        notes: editing.notes,
      });
      props.onChanged(result);
      setEditing(null);
      notifications.show({ color: 'teal', title: 'Présence enregistrée', message: editing.name ?? '' });
    } catch (error) {
      if (error instanceof ApiCallError) setErrors(error.fieldErrors);
      notifyError(error, 'Présence non enregistrée');
    } finally {
      setSaving(false);
    }
  };

  const remove = (p: SessionParticipant) =>
    modals.openConfirmModal({
      title: `Retirer ${nameOf(p)} de la séance ?`,
      children: <Text size="sm">Sa ligne de présence sera supprimée.</Text>,
      labels: { confirm: 'Retirer', cancel: 'Garder' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          props.onChanged(
            await call('sessions:removeParticipant', {
              meetingId: session.id,
              representativeId: p.representativeId,
            }),
          );
        } catch (error) {
          notifyError(error, 'Présence non retirée');
        }
      },
    });

  const attestation = async (p: SessionParticipant) => {
    try {
      const file = await call('attestations:issue', {
        meetingId: session.id,
        representativeId: p.representativeId,
      });
      notifications.show({
        color: 'teal',
        title: file.reprint ? 'Attestation réimprimée' : 'Attestation délivrée',
        message: `${nameOf(p)} — référence ${file.reference}`,
      });
      offerFile(file, `Attestation ${file.reference}`);
      props.onChanged(await call('sessions:attendance', { id: session.id }));
    } catch (error) {
      notifyError(error, 'Attestation non délivrée');
    }
  };

  const present = participants.filter((p) => p.status === 'present' || p.status === 'distance').length;
  const statusOptions = sessionStatuses.map((s: AttendanceStatus) => ({
    value: s,
    label: attendanceShortLabel(s, editing?.civility),
  }));

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Participants
          </Title>
          <Text size="sm" c="dimmed">
            {plural(present, 'personne présente', 'personnes présentes')} du registre
            {session.countedParticipants
              ? `, et ${plural(session.countedParticipants, 'participant', 'participants')} hors registre`
              : ''}
          </Text>
        </Stack>
        {!locked && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => open(null)}>
            Ajouter un participant
          </Button>
        )}
      </Group>
      {locked && (
        <Alert color="gray" mb="sm">
          Séance annulée : les présences ne se modifient plus.
        </Alert>
      )}
      {!held && !locked && (
        <Alert color="blue" mb="sm">
          Cette séance n’a pas encore eu lieu : seules les absences (excusé, absent) peuvent être notées à
          l’avance.
        </Alert>
      )}
      {participants.length === 0 ? (
        <Text size="sm" c="dimmed">
          Personne n’est encore noté. Ajoutez les participants depuis le registre, quel que soit leur profil
          (représentant, patient partenaire, bénévole…).
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Participants de la séance">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Participant</Table.Th>
              <Table.Th>Rôle</Table.Th>
              <Table.Th>Statut</Table.Th>
              <Table.Th>Heures</Table.Th>
              <Table.Th>Attestation</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.map((p) => (
              <Table.Tr key={p.representativeId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {nameOf(p)}
                  </Text>
                  {p.notes && (
                    <Text size="xs" c="dimmed">
                      {p.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{attendanceRoleLabel(p.role, p.civility)}</Table.Td>
                <Table.Td>{attendanceStatusLabel(p.status, p.civility)}</Table.Td>
                <Table.Td>
                  {p.startTime && p.endTime
                    ? `${formatTime(p.startTime)} – ${formatTime(p.endTime)}`
                    : 'Toute la séance'}
                </Table.Td>
                <Table.Td>
                  {p.attestation ? (
                    <Text size="sm" ff="monospace">
                      {p.attestation.reference}
                      <Text span size="xs" c="dimmed" ff="text">
                        {' '}
                        du {formatDate(p.attestation.issuedOn)}
                      </Text>
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {(p.status === 'present' || p.status === 'distance') && held && (
                      <Button size="xs" variant="default" onClick={() => void attestation(p)}>
                        {p.attestation ? 'Réimprimer' : 'Attestation'}
                      </Button>
                    )}
                    {!locked && (
                      <>
                        <Button size="xs" variant="subtle" onClick={() => open(p)}>
                          Modifier
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => remove(p)}>
                          Retirer
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.name ? `Présence de ${editing.name}` : 'Ajouter un participant'}
        size="lg"
      >
        {editing && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            noValidate
          >
            <Stack gap="sm">
              {editing.name === null && (
                <PersonSearch
                  value={editing.representativeId}
                  onChange={(id, civility) => setEditing({ ...editing, representativeId: id, civility })}
                  exclude={new Set(participants.map((p) => p.representativeId))}
                  error={errors.representativeId}
                />
              )}
              <div>
                <Text size="sm" fw={500} mb={3}>
                  Statut
                </Text>
                <SegmentedControl
                  aria-label="Statut"
                  value={editing.status}
                  onChange={(v) => setEditing({ ...editing, status: v as SessionStatus })}
                  data={statusOptions}
                />
                {errors.status && (
                  <Text size="xs" c="red" mt={4}>
                    {errors.status}
                  </Text>
                )}
              </div>
              <div>
                <Text size="sm" fw={500} mb={3}>
                  Rôle
                </Text>
                <SegmentedControl
                  aria-label="Rôle"
                  value={editing.role}
                  onChange={(v) => setEditing({ ...editing, role: v as AttendanceRole })}
                  data={attendanceRoles.map((r) => ({
                    value: r,
                    label: attendanceRoleLabel(r, editing.civility),
                  }))}
                />
              </div>
              <Group gap="md" align="start">
                <TimeField
                  label="Arrivée"
                  w={120}
                  value={editing.startTime}
                  onChange={(v) => setEditing({ ...editing, startTime: v })}
                  error={errors.startTime}
                />
                <TimeField
                  label="Départ"
                  w={120}
                  value={editing.endTime}
                  onChange={(v) => setEditing({ ...editing, endTime: v })}
                  error={errors.endTime}
                />
              </Group>
              <TextInput
                label="Notes"
                value={editing.notes}
                onChange={(e) => setEditing({ ...editing, notes: e.currentTarget.value })}
                error={errors.notes}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEditing(null)}>
                  Annuler
                </Button>
                <Button type="submit" loading={saving}>
                  Enregistrer
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Card>
  );
}
