import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Anchor,
  Card,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FigureDef } from '../../shared/indicators/catalogue';
import {
  evolution,
  meanOf,
  meanText,
  valueDetail,
  valueText,
  type Trend,
} from '../../shared/indicators/display';
import type { Breakdown, BreakdownKey, DashboardFigure } from '../../shared/indicators/types';
import { formatDuration, formatEuros, formatInteger, NBSP } from '../../shared/rules/format-fr';
import { pluralWord } from '../../shared/rules/plural';
import { halfDaysText } from '../../shared/meetings/conge-rules';

/** The breakdown's name on its switch; the chart says it in full. */
const shortLabels: Record<BreakdownKey, string> = {
  typeInstance: 'Type',
  departement: 'Département',
  mois: 'Mois',
  personne: 'Personnes',
  nature: 'Nature',
  instance: 'Instance',
  typeFormation: 'Type',
  categorie: 'Catégorie',
  niveau: 'Niveau',
  phase: 'Phase',
  genre: 'Projets',
  public: 'Public',
};

/** Good news in green, bad news in orange, neither in grey (money spent, congé taken). */
function trendColor(def: FigureDef, trend: Trend): string {
  if (trend === 'stable' || trend === 'sans' || def.better === 'neutre') return 'dimmed';
  return trend === def.better ? 'teal.8' : 'orange.9';
}

/** A breakdown's values said in the figure's unit; a rate's as percentages. */
function formatterFor(def: FigureDef, breakdown: Breakdown): (value: number) => string {
  if (def.display === 'moyenne') return meanText;
  // A rate's breakdown may count its part only (actions with users by level): a count, then.
  if (breakdown.items.some((i) => i.of !== undefined)) return (v) => `${v}${NBSP}%`;
  if (def.display === 'taux') return formatInteger;
  if (def.display === 'duree') return formatDuration;
  if (def.display === 'montant') return (v) => formatEuros(v);
  if (def.display === 'demiJournees') return halfDaysText;
  return formatInteger;
}

function BreakdownChart(props: { def: FigureDef; breakdown: Breakdown }) {
  const format = formatterFor(props.def, props.breakdown);
  const isMean = props.def.display === 'moyenne';
  const isRate = !isMean && props.breakdown.items.some((i) => i.of !== undefined);
  const data = props.breakdown.items.map((i) => ({
    name: i.label,
    value: isMean
      ? (meanOf({ value: i.value, of: i.of ?? null }) ?? 0)
      : i.of === undefined
        ? i.value
        : i.of === 0
          ? 0
          : Math.round((i.value * 100) / i.of),
  }));
  if (props.breakdown.key === 'mois')
    return (
      <BarChart
        h={140}
        data={data}
        dataKey="name"
        series={[{ name: 'value', label: props.def.label, color: 'teal.6' }]}
        // The chart also formats its axis ticks (0,25…): the integer formats refuse fractions.
        valueFormatter={(v) => (Number.isInteger(v) ? format(v) : '')}
        withYAxis={false}
        gridAxis="none"
        aria-label={`${props.def.label}, ${props.breakdown.label.toLowerCase()}`}
      />
    );
  // Label and value on one line, a thin bar under them: long instance names stay readable.
  const items = data.slice(0, 6);
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <Stack gap={6} aria-label={`${props.def.label}, ${props.breakdown.label.toLowerCase()}`} role="list">
      {items.map((item) => (
        <div key={item.name} role="listitem">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="xs" truncate="end" title={item.name}>
              {item.name}
            </Text>
            <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {format(item.value)}
            </Text>
          </Group>
          <Progress
            value={isMean ? item.value * 20 : isRate ? item.value : (item.value * 100) / max}
            size="xs"
            color="teal.5"
            aria-hidden
          />
        </div>
      ))}
      {data.length > items.length && (
        <Text size="xs" c="dimmed">
          {`et ${pluralWord(data.length - items.length, 'une autre', `${data.length - items.length} autres`)}`}
        </Text>
      )}
    </Stack>
  );
}

/** One figure: its value, its evolution, its definition as a tooltip, its chart, and a way to its list. */
export function FigureCard(props: {
  def: FigureDef;
  figure: DashboardFigure | null;
  comparedWith: string;
  listLink: string;
  loadingText?: string;
}) {
  const { def, figure } = props;
  const [shown, setShown] = useState(0);
  const breakdown = figure?.breakdowns[Math.min(shown, Math.max(0, (figure?.breakdowns.length ?? 1) - 1))];
  const evo = figure ? evolution(def, figure.current, figure.previous, props.comparedWith) : null;
  const detail = figure ? valueDetail(def, figure.current) : null;
  return (
    <Card withBorder radius="md" padding="md" data-testid={`indicateur-${def.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            {def.label}
          </Text>
          <Tooltip
            label={def.definition}
            multiline
            w={340}
            color="dark.7"
            transitionProps={{ duration: 0 }}
            withArrow
            position="bottom-end"
            events={{ hover: true, focus: true, touch: true }}
          >
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Définition : ${def.label}`}>
              <IconInfoCircle size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {figure ? (
          <Anchor
            component={Link}
            to={props.listLink}
            underline="hover"
            c="dark.8"
            aria-label={`${def.label} : voir la liste`}
          >
            <Text fz={28} fw={700} lh={1.1} data-testid="valeur">
              {valueText(def, figure.current)}
            </Text>
          </Anchor>
        ) : (
          <Text c="dimmed" size="sm">
            {props.loadingText ?? 'Calcul…'}
          </Text>
        )}
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {evo && (
          <Text size="sm" c={trendColor(def, evo.trend)} data-testid="evolution">
            {evo.text}
          </Text>
        )}
        {figure?.warning && (
          <Text size="sm" c="orange.9" role="note" data-testid="avertissement">
            {figure.warning}
          </Text>
        )}
        {figure && figure.breakdowns.length > 1 && (
          <SegmentedControl
            size="xs"
            value={String(shown)}
            onChange={(v) => setShown(Number(v))}
            data={figure.breakdowns.map((b, i) => ({ value: String(i), label: shortLabels[b.key] }))}
            aria-label={`Répartition : ${def.label}`}
          />
        )}
        {figure && breakdown && (
          <>
            <Text size="xs" c="dimmed">
              {breakdown.label}
            </Text>
            <BreakdownChart def={def} breakdown={breakdown} />
          </>
        )}
        <Anchor component={Link} to={props.listLink} size="sm">
          Voir la liste
        </Anchor>
      </Stack>
    </Card>
  );
}
