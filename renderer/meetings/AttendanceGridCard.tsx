/**
 * The attendance grid of a meeting: who was expected, present, excused or replaced, the hours of
 * presence, the attestations, and participants without a mandate added by hand.
 */
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { plural } from '../../shared/rules/plural';
import type { AttendanceGrid, AttendanceLine } from '../../shared/meetings/types';
import { ApiCallError, call, notifyError } from '../api';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { AttendanceRow } from './AttendanceRow';
import { fullName, isPresent, stateOf, useAttendanceGridState } from './attendance-grid-state';

export function AttendanceGridCard(props: { grid: AttendanceGrid; onSaved: (grid: AttendanceGrid) => void }) {
  const { grid } = props;
  const { meeting } = grid;
  const {
    lines,
    state,
    errors,
    setErrors,
    dirty,
    suppleants,
    set,
    setHours,
    chooseStatus,
    allPresent,
    addLine,
    removeLine,
    rowsToSave,
  } = useAttendanceGridState(grid);
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  const { data: people } = useLoad(
    () => call('representatives:list', { search: '', status: 'actifs', sort: 'nom', direction: 'asc' }),
    [],
  );

  const locked = meeting.cancelled;

  const addParticipant = () => {
    const id = Number(adding);
    const person = people?.rows.find((p) => p.id === id);
    if (!person) return;
    if (lines.some((l) => l.representativeId === id)) {
      notifications.show({
        color: 'orange',
        title: 'Déjà dans la liste',
        message: `${person.firstName} ${person.lastName} figure déjà parmi les participants.`,
      });
      return;
    }
    const line: AttendanceLine = {
      representativeId: id,
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      employed: person.employed,
      mandateId: null,
      role: null,
      roleLabel: null,
      pairedRepresentativeId: null,
      expected: false,
      nonMandated: true,
      status: null,
      replacedById: null,
      replacing: null,
      startTime: null,
      endTime: null,
      minutes: 0,
      notes: null,
      attestation: null,
    };
    addLine(line);
    setAdding(null);
  };

  const save = async () => {
    const rows = rowsToSave();
    setSaving(true);
    try {
      const saved = await call('meetings:saveAttendance', { meetingId: meeting.id, rows });
      notifications.show({
        color: 'teal',
        title: 'Présences enregistrées',
        message: `${plural(rows.length, 'ligne notée', 'lignes notées')}.`,
      });
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError) {
        const byPerson: Record<number, string> = {};
        for (const [key, message] of Object.entries(error.fieldErrors)) {
          const index = Number(key.split('.')[1]);
          const row = rows[index];
          if (row && !(row.representativeId in byPerson)) byPerson[row.representativeId] = message;
        }
        setErrors(byPerson);
      }
      notifyError(error, 'Présences non enregistrées');
    } finally {
      setSaving(false);
    }
  };

  const attestation = async (line: AttendanceLine) => {
    try {
      const file = await call('attestations:issue', {
        meetingId: meeting.id,
        representativeId: line.representativeId,
      });
      notifications.show({
        color: 'teal',
        title: file.reprint ? 'Attestation réimprimée' : 'Attestation délivrée',
        message: `${fullName(line)} — référence ${file.reference}`,
      });
      offerFile(file, `Attestation ${file.reference}`);
      const refreshed = await call('meetings:attendance', { id: meeting.id });
      props.onSaved(refreshed);
    } catch (error) {
      notifyError(error, 'Attestation non délivrée');
    }
  };

  const expectedCount = lines.filter((l) => l.expected).length;
  const presentCount = lines.filter((l) => isPresent(state.get(l.representativeId)?.status)).length;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Présences
          </Title>
          <Text size="sm" c="dimmed">
            {plural(expectedCount, 'personne attendue', 'personnes attendues')} (mandat en cours le{' '}
            {formatDate(meeting.date)}) · {plural(presentCount, 'personne présente', 'personnes présentes')}
          </Text>
        </Stack>
        {!locked && (
          <Group gap="xs">
            {grid.held && (
              <Button variant="default" size="xs" onClick={allPresent}>
                Tous présents
              </Button>
            )}
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              Enregistrer les présences
            </Button>
          </Group>
        )}
      </Group>
      {!grid.held && !locked && (
        <Alert color="blue" mb="sm">
          Cette réunion n’a pas encore eu lieu : seules les absences (excusé, absent) peuvent être notées à
          l’avance.
        </Alert>
      )}
      {locked && (
        <Alert color="gray" mb="sm">
          Réunion annulée : les présences ne se modifient plus.
        </Alert>
      )}
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Personne ne détient de mandat sur cette instance à cette date. Ajoutez un participant non mandaté ou
          vérifiez les mandats dans le registre.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Grille des présences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Participant</Table.Th>
              <Table.Th>Statut</Table.Th>
              <Table.Th>Heures de présence</Table.Th>
              <Table.Th>Attestation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <AttendanceRow
                key={line.representativeId}
                line={line}
                row={state.get(line.representativeId) ?? stateOf(line)}
                saved={grid.lines.find((g) => g.representativeId === line.representativeId)}
                replacing={lines.find(
                  (l) =>
                    state.get(l.representativeId)?.status === 'remplace' &&
                    state.get(l.representativeId)?.replacedById === line.representativeId,
                )}
                error={errors[line.representativeId]}
                meeting={meeting}
                held={grid.held}
                locked={locked}
                dirty={dirty}
                suppleants={suppleants}
                onStatus={(status) => chooseStatus(line, status)}
                onReplacedBy={(id) => set(line.representativeId, { replacedById: id })}
                onHours={(start, end) => setHours(line.representativeId, start, end)}
                onAttestation={(saved) => void attestation(saved)}
                onRemove={() => removeLine(line.representativeId)}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!locked && (
        <Group mt="md" gap="xs" align="end">
          <Select
            label="Ajouter un participant non mandaté"
            placeholder="Rechercher une personne"
            searchable
            clearable
            w={320}
            value={adding}
            onChange={setAdding}
            data={(people?.rows ?? [])
              .filter((p) => !lines.some((l) => l.representativeId === p.id))
              .map((p) => ({ value: String(p.id), label: `${p.lastName.toUpperCase()} ${p.firstName}` }))}
            nothingFoundMessage="Personne ne correspond"
          />
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} />}
            disabled={!adding}
            onClick={addParticipant}
          >
            Ajouter
          </Button>
        </Group>
      )}
    </Card>
  );
}
