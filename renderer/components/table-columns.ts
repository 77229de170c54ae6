/** How a table's columns share a narrow window: pure, so that it is tested without a browser. */

/**
 * The narrowest the columns may get (cell padding included in the 100 px default). Below it, once
 * the optional columns are hidden, the header and the rows scroll sideways together.
 */
export function minimumWidth(widths: string[]): number {
  return widths.reduce((sum, w) => {
    const min = /minmax\(\s*(\d+)px/.exec(w) ?? /^\s*(\d+)px\s*$/.exec(w);
    return sum + (min?.[1] ? Number(min[1]) : 100);
  }, 0);
}

/** The columns that fit in `available` pixels, dropping the optional ones (highest priority first). */
export function fittingColumns<C extends { width: string; priority?: number }>(
  columns: C[],
  available: number | null,
): C[] {
  if (available === null) return columns;
  const optional = columns
    .filter((c) => c.priority !== undefined)
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  let shown = columns;
  for (const column of optional) {
    if (minimumWidth(shown.map((c) => c.width)) <= available) break;
    shown = shown.filter((c) => c !== column);
  }
  return shown;
}
