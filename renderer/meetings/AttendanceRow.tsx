/** One person in the attendance grid: who, with which mandate; status; hours of presence; attestation. */
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { agree, attendanceShortLabel, employedLabel } from '../../shared/rules/agreement';
import { attendanceStatuses, minutesOf, type AttendanceStatus } from '../../shared/meetings/schemas';
import type { AttendanceLine, Meeting } from '../../shared/meetings/types';
import { TimeField } from './fields';
import { formatMinutes } from './format';
import { fullName, isPresent, type RowState } from './attendance-grid-state';

export interface AttendanceRowProps {
  line: AttendanceLine;
  /** What the grid holds for this person now (maybe not saved yet). */
  row: RowState;
  /** The line as last saved, undefined for a participant added since. */
  saved: AttendanceLine | undefined;
  /** The titulaire this person sits for, when marked « remplacé » by them. */
  replacing: AttendanceLine | undefined;
  error: string | undefined;
  meeting: Pick<Meeting, 'startTime' | 'endTime'>;
  held: boolean;
  locked: boolean;
  dirty: boolean;
  suppleants: AttendanceLine[];
  onStatus: (status: AttendanceStatus) => void;
  onReplacedBy: (id: number | null) => void;
  onHours: (start: string, end: string) => void;
  onAttestation: (saved: AttendanceLine) => void;
  onRemove: () => void;
}

export function AttendanceRow(props: AttendanceRowProps) {
  const { line, row: s, saved, meeting, locked, suppleants } = props;
  const present = isPresent(s.status);
  const start = s.startTime || meeting.startTime;
  const end = s.endTime || meeting.endTime;
  const minutes = present ? Math.max(0, minutesOf(end) - minutesOf(start)) : 0;
  const name = fullName(line);
  return (
    <Table.Tr data-testid={`presence-${line.representativeId}`}>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          <Group gap={4}>
            {line.roleLabel && (
              <Badge size="xs" variant="light" color={line.role === 'titulaire' ? 'teal' : 'gray'}>
                {line.roleLabel}
              </Badge>
            )}
            {line.nonMandated && (
              <Badge size="xs" variant="light" color="orange">
                {agree(line.civility, { masculine: 'Non mandaté', feminine: 'Non mandatée' })}
              </Badge>
            )}
            {line.employed && (
              <Badge size="xs" variant="outline" color="blue">
                {employedLabel(line.civility)}
              </Badge>
            )}
          </Group>
          {props.replacing && (
            <Text size="xs" c="dimmed">
              Siège en remplacement de {fullName(props.replacing)}
            </Text>
          )}
          {props.error && (
            <Text size="xs" c="red" role="alert">
              {props.error}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <SegmentedControl<AttendanceStatus | ''>
            size="xs"
            aria-label={`Statut de ${name}`}
            disabled={locked}
            value={s.status ?? ''}
            onChange={(v) => {
              if (v !== '') props.onStatus(v);
            }}
            data={attendanceStatuses
              .filter(
                (st) =>
                  st !== 'remplace' ||
                  (line.role === 'titulaire' && (suppleants.length > 0 || s.status === 'remplace')),
              )
              .map((st) => ({
                value: st,
                label: attendanceShortLabel(st, line.civility),
                // Before the day, only absences can be known.
                disabled: !props.held && st !== 'excuse' && st !== 'absent',
              }))}
          />
          {s.status === 'remplace' && (
            <Select
              size="xs"
              label={`Suppléant qui a siégé pour ${name}`}
              placeholder="Choisissez le suppléant"
              data={suppleants.map((sub) => ({ value: String(sub.representativeId), label: fullName(sub) }))}
              value={s.replacedById ? String(s.replacedById) : null}
              onChange={(v) => props.onReplacedBy(v ? Number(v) : null)}
              nothingFoundMessage="Aucun suppléant en mandat à cette date"
              disabled={locked}
              w={260}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {present ? (
          <Group gap={6} wrap="nowrap" align="center">
            <TimeField
              size="xs"
              aria-label={`Arrivée de ${name}`}
              value={start}
              onChange={(v) => props.onHours(v, end)}
              disabled={locked}
              w={70}
            />
            <Text size="xs">à</Text>
            <TimeField
              size="xs"
              aria-label={`Départ de ${name}`}
              value={end}
              onChange={(v) => props.onHours(start, v)}
              disabled={locked}
              w={70}
            />
            <Text size="xs" c="dimmed" miw={50}>
              {formatMinutes(minutes)}
            </Text>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {saved && isPresent(saved.status) && !locked ? (
            <Tooltip
              label={
                props.dirty
                  ? 'Enregistrez d’abord les présences'
                  : saved.attestation
                    ? 'Réimprimer (même référence)'
                    : 'Délivrer l’attestation'
              }
            >
              <Button
                size="xs"
                variant={saved.attestation ? 'light' : 'default'}
                leftSection={<IconFileTypePdf size={14} />}
                disabled={props.dirty}
                onClick={() => props.onAttestation(saved)}
                aria-label={`Attestation de ${name}`}
              >
                {saved.attestation ? saved.attestation.reference : 'Attestation'}
              </Button>
            </Tooltip>
          ) : (
            <Text size="xs" c="dimmed">
              —
            </Text>
          )}
          {line.nonMandated && !saved?.attestation && !locked && (
            <ActionIcon variant="subtle" color="red" aria-label={`Retirer ${name}`} onClick={props.onRemove}>
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
