/** One section of « À faire »: a title with its count, its lines (the first ones), or a reassuring empty state. */
import { Badge, Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { TODO_PAGE_LINES } from '../../shared/todo/paging';

/** Lines shown before « Afficher les … autres lignes » in a section given whole (congé). */
const FIRST_LINES = TODO_PAGE_LINES;

export function Section(props: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode[];
  testId: string;
  note?: string;
  /** Where the full list is, when only its first lines are sent. */
  more?: { to: string; label: string };
  /** Filtered out of the current view (« Secrétariat » / « Trésorerie »). */
  hidden?: boolean;
  /** Still being computed (a section that arrives after the rest of the page): what it is doing. */
  pending?: string;
  /**
   * The section is paged by the main process: `children` are the lines of the page starting at
   * `offset`, and `onPage` asks for another page. Without it, all lines are given and the first
   * ones shown.
   */
  page?: { offset: number; onPage: (offset: number) => void; loading: boolean };
}) {
  const [all, setAll] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const offset = props.page?.offset ?? 0;
  const shownOffset = useRef(offset);
  useEffect(() => {
    // Another page of this section arrived: its first line goes back to the top of the view.
    if (offset === shownOffset.current) return;
    shownOffset.current = offset;
    card.current?.scrollIntoView({ block: 'start' });
  }, [offset]);
  if (props.hidden) return null;
  const shown = props.page || all ? props.children : props.children.slice(0, FIRST_LINES);
  return (
    <Card withBorder data-testid={props.testId} ref={card} style={{ scrollMarginTop: 64 }}>
      <Group justify="space-between" mb={props.count > 0 ? 'sm' : 0}>
        <Title order={3} size="h5">
          {props.title}
        </Title>
        {props.pending ? (
          <Loader size="xs" aria-label={props.pending} />
        ) : (
          <Badge
            color={props.count > 0 ? 'orange' : 'teal'}
            variant="light"
            aria-label={`${props.count} à traiter`}
          >
            {props.count}
          </Badge>
        )}
      </Group>
      {props.note && props.count > 0 && (
        <Text size="xs" c="dimmed" mb="xs">
          {props.note}
        </Text>
      )}
      {props.pending ? (
        <Text size="sm" c="dimmed" mt="xs">
          {props.pending}
        </Text>
      ) : props.count === 0 ? (
        <Group gap={6} mt="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm" c="dimmed">
            {props.empty}
          </Text>
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Tbody>{shown}</Table.Tbody>
          </Table>
          {props.more && props.count > props.children.length && (
            <Button component={Link} to={props.more.to} variant="subtle" size="xs" mt="xs">
              {props.more.label}
            </Button>
          )}
          {props.page && props.count > props.children.length && (
            <Pager
              count={props.count}
              offset={props.page.offset}
              shown={props.children.length}
              onPage={props.page.onPage}
              loading={props.page.loading}
            />
          )}
          {!props.page && !all && props.children.length > FIRST_LINES && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(true)}>
              Afficher les {(props.count - FIRST_LINES).toLocaleString('fr-FR')} autres lignes
            </Button>
          )}
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** Lines 51 to 100 of 27 523, and the way to the pages before and after. */
function Pager(props: {
  count: number;
  offset: number;
  shown: number;
  onPage: (offset: number) => void;
  /** A page is on its way: the buttons wait (the one pressed turns). */
  loading: boolean;
}) {
  const [asked, setAsked] = useState<'previous' | 'next' | null>(null);
  const first = props.offset + 1;
  const last = props.offset + props.shown;
  const go = (which: 'previous' | 'next', offset: number) => {
    setAsked(which);
    props.onPage(offset);
  };
  return (
    <Group justify="space-between" mt="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        Lignes {first.toLocaleString('fr-FR')} à {last.toLocaleString('fr-FR')} sur{' '}
        {props.count.toLocaleString('fr-FR')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        {props.offset > 0 && (
          <Button
            variant="subtle"
            size="xs"
            disabled={props.loading && asked !== 'previous'}
            loading={props.loading && asked === 'previous'}
            onClick={() => go('previous', Math.max(0, props.offset - TODO_PAGE_LINES))}
          >
            Lignes précédentes
          </Button>
        )}
        {last < props.count && (
          <Button
            variant="light"
            size="xs"
            disabled={props.loading && asked !== 'next'}
            loading={props.loading && asked === 'next'}
            onClick={() => go('next', props.offset + TODO_PAGE_LINES)}
          >
            Lignes suivantes
          </Button>
        )}
      </Group>
    </Group>
  );
}

export function Fix(props: { to: string; children: string; label: string }) {
  return (
    <Table.Td w={170} ta="right">
      <Button component={Link} to={props.to} size="xs" variant="light" aria-label={props.label}>
        {props.children}
      </Button>
    </Table.Td>
  );
}

/** The usual line of « À faire »: who or what (and a detail), the figure (and when), and the way to settle it. */
export function TodoLine(props: {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Red when the subtitle says what blocks. */
  subtitleColor?: string;
  value: ReactNode;
  detail?: ReactNode;
  fix: { to: string; label: string; text: string };
}) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {props.title}
        </Text>
        {props.subtitle && (
          <Text size="xs" c={props.subtitleColor ?? 'dimmed'}>
            {props.subtitle}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={270}>
        <Text size="sm">{props.value}</Text>
        {props.detail}
      </Table.Td>
      <Fix to={props.fix.to} label={props.fix.label}>
        {props.fix.text}
      </Fix>
    </Table.Tr>
  );
}
