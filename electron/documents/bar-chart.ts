/**
 * Charts for the documents (rapport d'activité, bilan d'action), drawn as PDF paths — vectors
 * that stay sharp when printed or zoomed, and text that pdftotext and a screen reader can read.
 *
 * Two shapes: labelled horizontal bars (a breakdown: by instance type, by phase…) and columns
 * over an ordered series (months). Both print every value as text beside its bar, fill the bars
 * with one dark colour and outline them, so a black-and-white copy loses nothing: the colour only
 * repeats what the lengths and the printed values say. Values are said with the documents'
 * French formatters, the way the dashboard says the figure (`FigureDisplay`).
 *
 * Like the other primitives, each takes explicit coordinates and returns the y below it; the
 * `…Height` functions measure beforehand so a caller can keep a chart whole on one page.
 */
import type { Doc } from './pdf-document';
import type { FigureDisplay } from '../../shared/indicators/catalogue';
import { bottomLimit, COLOR, line, text, textHeight } from './layout';
import { widthOf } from './text-engine';
import { formatDuration, formatEuros, formatHalfDays, formatNumber } from './format';
import { meanOf, meanText } from '../../shared/indicators/display';

/** One bar: its label, its value (count, minutes, cents, half-days, or the part of a rate). */
export interface ChartBar {
  label: string;
  value: number;
  /** For a `taux`: the whole the value is a part of (the bar is the percentage). */
  of?: number | null;
}

/** How the values read: the same kinds as the dashboard's figures (`moyenne`: value the sum of the scores, of their number). */
export type ChartFormat = FigureDisplay;

export interface HorizontalBarChartOptions {
  title?: string;
  format?: ChartFormat;
  /** Called when the next bar does not fit above the bottom margin: adds a page, returns its top. */
  newPage?: () => number;
}

export interface ColumnChartOptions {
  title?: string;
  format?: ChartFormat;
  /** Height of the plotting area in points (labels and title come on top of it). */
  plotHeight?: number;
}

const LABEL_SIZE = 8.5;
const VALUE_SIZE = 8;
const TITLE_SIZE = 10;
const BAR_THICKNESS = 9;
const ROW_GAP = 5;
const AXIS_SIZE = 7;
const TITLE_GAP = 6;
const EMPTY_TEXT = 'Aucune donnée pour cette période.';

/** The value as the chart prints it: « 1 234 », « 74 % », « 12 h 30 », « 1 234,56 € ». */
export function chartValueText(bar: ChartBar, format: ChartFormat = 'nombre'): string {
  switch (format) {
    case 'nombre':
      return formatNumber(bar.value);
    case 'taux': {
      const percent = ratio(bar);
      return percent === null ? '—' : `${formatNumber(Math.round(percent * 100))}\u00a0%`;
    }
    case 'duree':
      return formatDuration(bar.value);
    case 'montant':
      return formatEuros(bar.value);
    case 'demiJournees':
      return formatHalfDays(bar.value);
    case 'moyenne': {
      const mean = meanOf({ value: bar.value, of: bar.of ?? null });
      return mean === null ? '—' : meanText(mean).replace(/\u202f/g, '\u00a0');
    }
  }
}

function ratio(bar: ChartBar): number | null {
  if (bar.of === undefined || bar.of === null || bar.of <= 0) return null;
  return Math.max(0, bar.value) / bar.of;
}

/** The length a bar stands for: the percentage for a rate, the value otherwise; never negative. */
function magnitude(bar: ChartBar, format: ChartFormat): number {
  if (format === 'taux') return ratio(bar) ?? 0;
  if (format === 'moyenne') return meanOf({ value: bar.value, of: bar.of ?? null }) ?? 0;
  return Math.max(0, Number.isFinite(bar.value) ? bar.value : 0);
}

function titleHeight(doc: Doc, title: string | undefined, width: number): number {
  if (!title) return 0;
  return textHeight(doc, title, width, { font: 'bold', size: TITLE_SIZE }) + TITLE_GAP;
}

function drawTitle(doc: Doc, title: string | undefined, x: number, y: number, width: number): number {
  if (!title) return y;
  return text(doc, title, x, y, width, { font: 'bold', size: TITLE_SIZE, color: COLOR.accent }) + TITLE_GAP;
}

function emptyHeight(doc: Doc, width: number): number {
  return textHeight(doc, EMPTY_TEXT, width, { size: LABEL_SIZE });
}

function bar(doc: Doc, x: number, y: number, width: number, height: number): void {
  if (width <= 0 || height <= 0) return;
  doc.save().rect(x, y, width, height).lineWidth(0.5).fillAndStroke(COLOR.accent, COLOR.ink).restore();
}

// ——— Horizontal bars ————————————————————————————————————————————————

interface HorizontalLayout {
  labelWidth: number;
  barX: number;
  /** The longest bar, leaving room for its value after it. */
  barMax: number;
  scale: number;
  values: string[];
  rowHeights: number[];
}

function horizontalLayout(
  doc: Doc,
  bars: readonly ChartBar[],
  x: number,
  width: number,
  format: ChartFormat,
): HorizontalLayout {
  const values = bars.map((b) => chartValueText(b, format));
  const widest = Math.max(0, ...bars.map((b) => widthOf(doc, b.label, 'regular', LABEL_SIZE)));
  // Labels take what they need up to 40 % of the width; longer ones wrap.
  const labelWidth = Math.min(width * 0.4, Math.max(widest + 8, width * 0.15));
  const valueWidth = Math.max(0, ...values.map((v) => widthOf(doc, v, 'bold', VALUE_SIZE)));
  const barMax = Math.max(20, width - labelWidth - valueWidth - 6);
  const top = Math.max(0, ...bars.map((b) => magnitude(b, format)));
  // A rate is drawn on its own 0–100 % scale, so two charts of rates compare.
  // A mean score on its 0–5 scale.
  const scale = format === 'taux' ? barMax : format === 'moyenne' ? barMax / 5 : top > 0 ? barMax / top : 0;
  const rowHeights = bars.map(
    (b) => Math.max(BAR_THICKNESS, textHeight(doc, b.label, labelWidth - 8, { size: LABEL_SIZE })) + ROW_GAP,
  );
  return { labelWidth, barX: x + labelWidth, barMax, scale, values, rowHeights };
}

export function horizontalBarChartHeight(
  doc: Doc,
  bars: readonly ChartBar[],
  width: number,
  options: HorizontalBarChartOptions = {},
): number {
  const head = titleHeight(doc, options.title, width);
  if (bars.length === 0) return head + emptyHeight(doc, width);
  const layout = horizontalLayout(doc, bars, 0, width, options.format ?? 'nombre');
  return head + layout.rowHeights.reduce((s, h) => s + h, 0) - ROW_GAP;
}

/**
 * Labelled bars, one per row, in the order given, each with its value printed after it.
 * Rows never split; when one does not fit and `newPage` is given, the chart continues there.
 */
export function horizontalBarChart(
  doc: Doc,
  bars: readonly ChartBar[],
  x: number,
  y: number,
  width: number,
  options: HorizontalBarChartOptions = {},
): number {
  const format = options.format ?? 'nombre';
  let cursor = drawTitle(doc, options.title, x, y, width);
  if (bars.length === 0)
    return text(doc, EMPTY_TEXT, x, cursor, width, { size: LABEL_SIZE, color: COLOR.muted });
  const layout = horizontalLayout(doc, bars, x, width, format);
  bars.forEach((item, i) => {
    const rowHeight = layout.rowHeights[i] ?? BAR_THICKNESS + ROW_GAP;
    if (options.newPage && cursor + rowHeight - ROW_GAP > bottomLimit(doc)) cursor = options.newPage();
    text(doc, item.label, x, cursor, layout.labelWidth - 8, { size: LABEL_SIZE });
    const length = magnitude(item, format) * layout.scale;
    const barY = cursor + 0.5;
    // The axis every bar starts from: a zero reads as a bare axis, not as a missing row.
    doc
      .save()
      .moveTo(layout.barX, barY - 1.5)
      .lineTo(layout.barX, barY + BAR_THICKNESS + 1.5)
      .lineWidth(0.8)
      .strokeColor(COLOR.ink)
      .stroke()
      .restore();
    bar(doc, layout.barX, barY, Math.min(length, layout.barMax), BAR_THICKNESS);
    const value = layout.values[i] ?? '';
    line(
      doc,
      value,
      layout.barX + Math.min(length, layout.barMax) + 4,
      cursor,
      widthOf(doc, value, 'bold', VALUE_SIZE) + 2,
      {
        size: VALUE_SIZE,
        font: 'bold',
      },
    );
    cursor += rowHeight;
  });
  return cursor - ROW_GAP;
}

// ——— Columns ——————————————————————————————————————————————————————

const DEFAULT_PLOT_HEIGHT = 130;

/** A round step (1, 2, 2.5 or 5 × 10ⁿ of the unit) giving at most five grid lines up to `top`. */
function niceStep(top: number, unit: number): number {
  const inUnits = top / unit;
  if (inUnits <= 0) return unit;
  const rough = inUnits / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * power);
  const step = candidates.find((c) => c >= rough) ?? 10 * power;
  // Below one unit (a fraction of an hour, of a euro, of a person) the grid keeps whole units.
  return Math.max(1, step) * unit;
}

/** The grid's unit: an hour for durations, a euro for amounts, one for counts. */
function gridUnit(format: ChartFormat): number {
  if (format === 'duree') return 60;
  if (format === 'montant') return 100;
  return 1;
}

interface ColumnLayout {
  ticks: number[];
  tickTexts: string[];
  gutter: number;
  top: number;
  columnWidth: number;
  values: string[];
  showValues: boolean;
  /** Every how many columns a label is printed (1 = all). */
  labelEvery: number;
  labelHeight: number;
}

function columnLayout(
  doc: Doc,
  columns: readonly ChartBar[],
  width: number,
  format: ChartFormat,
): ColumnLayout {
  const highest = Math.max(0, ...columns.map((c) => magnitude(c, format)));
  let ticks: number[];
  let top: number;
  if (format === 'taux') {
    ticks = [0, 0.25, 0.5, 0.75, 1];
    top = 1;
  } else if (format === 'moyenne') {
    ticks = [0, 1, 2, 3, 4, 5];
    top = 5;
  } else {
    const step = niceStep(highest, gridUnit(format));
    top = Math.max(step, Math.ceil(highest / step) * step);
    ticks = [];
    for (let t = 0; t <= top + step / 2; t += step) ticks.push(t);
  }
  const tickTexts = ticks.map((t) =>
    format === 'taux'
      ? `${formatNumber(t * 100)}\u00a0%`
      : format === 'moyenne'
        ? formatNumber(t)
        : chartValueText({ label: '', value: t }, format),
  );
  const gutter = Math.max(...tickTexts.map((t) => widthOf(doc, t, 'regular', AXIS_SIZE))) + 6;
  const columnWidth = (width - gutter) / Math.max(1, columns.length);
  const values = columns.map((c) => chartValueText(c, format));
  const showValues = values.every((v) => widthOf(doc, v, 'regular', AXIS_SIZE) <= columnWidth - 1);
  const words = columns.flatMap((c) => c.label.split(/\s+/));
  const widestWord = Math.max(0, ...words.map((w) => widthOf(doc, w, 'regular', AXIS_SIZE)));
  const labelEvery = Math.max(1, Math.ceil((widestWord + 3) / columnWidth));
  const labelWidth = columnWidth * labelEvery;
  const labelHeight = Math.max(
    0,
    ...columns.map((c) => textHeight(doc, c.label, labelWidth - 2, { size: AXIS_SIZE, lineGap: 0.5 })),
  );
  return { ticks, tickTexts, gutter, top, columnWidth, values, showValues, labelEvery, labelHeight };
}

/** Room above the plot for the value printed over the tallest column. */
const VALUE_HEADROOM = 11;

export function columnChartHeight(
  doc: Doc,
  columns: readonly ChartBar[],
  width: number,
  options: ColumnChartOptions = {},
): number {
  const head = titleHeight(doc, options.title, width);
  if (columns.length === 0) return head + emptyHeight(doc, width);
  const layout = columnLayout(doc, columns, width, options.format ?? 'nombre');
  return head + VALUE_HEADROOM + (options.plotHeight ?? DEFAULT_PLOT_HEIGHT) + 3 + layout.labelHeight;
}

/**
 * Columns over an ordered series (the months of a period, every one shown, zeros included), a
 * grid of round values on the left, each column's value over it when it fits and its label
 * under it (every other label, or fewer, when there are too many columns to print them all).
 */
export function columnChart(
  doc: Doc,
  columns: readonly ChartBar[],
  x: number,
  y: number,
  width: number,
  options: ColumnChartOptions = {},
): number {
  const format = options.format ?? 'nombre';
  const cursor = drawTitle(doc, options.title, x, y, width);
  if (columns.length === 0)
    return text(doc, EMPTY_TEXT, x, cursor, width, { size: LABEL_SIZE, color: COLOR.muted });
  const plotHeight = options.plotHeight ?? DEFAULT_PLOT_HEIGHT;
  const layout = columnLayout(doc, columns, width, format);
  const plotTop = cursor + VALUE_HEADROOM;
  const baseline = plotTop + plotHeight;
  const plotX = x + layout.gutter;
  const plotWidth = width - layout.gutter;
  const yOf = (v: number) => baseline - (v / layout.top) * plotHeight;

  layout.ticks.forEach((tick, i) => {
    const ty = yOf(tick);
    if (i > 0)
      doc
        .save()
        .moveTo(plotX, ty)
        .lineTo(plotX + plotWidth, ty)
        .lineWidth(0.4)
        .dash(1.5, { space: 2 })
        .strokeColor(COLOR.muted)
        .stroke()
        .undash()
        .restore();
    line(doc, layout.tickTexts[i] ?? '', x, ty - AXIS_SIZE * 0.6, layout.gutter - 4, {
      size: AXIS_SIZE,
      color: COLOR.muted,
      align: 'right',
    });
  });

  const inner = Math.max(2, layout.columnWidth * 0.62);
  columns.forEach((column, i) => {
    const left = plotX + i * layout.columnWidth;
    const height = (Math.min(magnitude(column, format), layout.top) / layout.top) * plotHeight;
    bar(doc, left + (layout.columnWidth - inner) / 2, baseline - height, inner, height);
    if (layout.showValues) {
      const value = layout.values[i] ?? '';
      const top = baseline - height - AXIS_SIZE - 3;
      // A white patch behind the value: the dotted grid must not cross its digits.
      const w = widthOf(doc, value, 'regular', AXIS_SIZE) + 2;
      doc
        .save()
        .rect(left + (layout.columnWidth - w) / 2, top - 0.5, w, AXIS_SIZE + 1.5)
        .fill('#ffffff')
        .restore();
      line(doc, value, left, top, layout.columnWidth, { size: AXIS_SIZE, align: 'center' });
    }
    if (i % layout.labelEvery === 0) {
      const labelWidth = layout.columnWidth * Math.min(layout.labelEvery, columns.length - i);
      text(doc, column.label, left + 1, baseline + 3, labelWidth - 2, {
        size: AXIS_SIZE,
        lineGap: 0.5,
        align: layout.labelEvery === 1 ? 'center' : 'left',
      });
    }
  });

  doc
    .save()
    .moveTo(plotX, baseline)
    .lineTo(plotX + plotWidth, baseline)
    .moveTo(plotX, plotTop - 2)
    .lineTo(plotX, baseline)
    .lineWidth(0.8)
    .strokeColor(COLOR.ink)
    .stroke()
    .restore();
  return baseline + 3 + layout.labelHeight;
}
