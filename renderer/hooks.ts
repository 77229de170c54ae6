import { useCallback, useEffect, useRef, useState } from 'react';
import { notifyError } from './api';

/** Loads data from the main process, with the loading state, the error and a reload. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await stableLoad();
      // A slower, older request must not overwrite the answer to a newer one (typing fast).
      if (mine === generation.current) {
        setData(value);
        setFailed(false);
      }
    } catch (error) {
      if (mine === generation.current) {
        setFailed(true);
        notifyError(error, 'Chargement impossible');
      }
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [stableLoad]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, failed, reload, setData };
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
  /** More rows match than `total` says (counting stopped there): the exact count comes apart. */
  totalCapped?: boolean;
}

/**
 * A long list loaded page by page as it scrolls: the first page comes at once, the others when
 * the table says they are on screen. A change of filters starts over; a late answer to an old
 * filter is dropped.
 */
export function usePagedList<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  deps: readonly unknown[],
  pageSize = 200,
  /** Asked once the first page says its count stopped short (`totalCapped`). */
  countAll?: () => Promise<number>,
) {
  const [rows, setRows] = useState<Array<T | undefined>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [capped, setCapped] = useState(false);
  // Once the exact count is known, later pages (each counting no further than the cap) keep it.
  const exact = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableCount = useCallback(countAll ?? (() => Promise.resolve(null)), deps);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableFetch = useCallback(fetchPage, deps);

  const loadPage = useCallback(
    async (page: number, mine: number) => {
      requested.current.add(page);
      try {
        const result = await stableFetch(page * pageSize, pageSize);
        if (mine !== generation.current) return;
        const length = result.totalCapped && exact.current !== null ? exact.current : result.total;
        setTotal(length);
        if (page === 0) setCapped(result.totalCapped === true);
        if (page === 0 && result.totalCapped) {
          void stableCount()
            .then((n) => {
              if (n === null || mine !== generation.current) return;
              exact.current = n;
              setTotal(n);
              setCapped(false);
              setRows((previous) => Array.from({ length: n }, (_, i) => previous[i]));
            })
            .catch((error: unknown) => {
              if (mine === generation.current) notifyError(error, 'Comptage impossible');
            });
        }
        setRows((previous) => {
          const next =
            previous.length === length ? [...previous] : Array.from({ length }, (_, i) => previous[i]);
          result.rows.forEach((row, i) => {
            next[result.offset + i] = row;
          });
          return next;
        });
      } catch (error) {
        requested.current.delete(page);
        if (mine === generation.current) notifyError(error, 'Chargement impossible');
      }
    },
    [stableFetch, stableCount, pageSize],
  );

  const reload = useCallback(() => {
    const mine = ++generation.current;
    requested.current = new Set();
    exact.current = null;
    void loadPage(0, mine).then(() => {
      if (mine === generation.current) setRows((r) => r.map((row, i) => (i < pageSize ? row : undefined)));
    });
  }, [loadPage, pageSize]);

  useEffect(() => {
    reload();
  }, [reload]);

  const onVisibleRangeChange = useCallback(
    (start: number, end: number) => {
      for (
        let page = Math.floor(start / pageSize);
        page <= Math.floor(Math.max(start, end - 1) / pageSize);
        page += 1
      ) {
        if (!requested.current.has(page)) void loadPage(page, generation.current);
      }
    },
    [loadPage, pageSize],
  );

  /** `totalCapped`: `total` is a floor (« plus de 1 000 ») until the exact count arrives. */
  return { rows, total, totalCapped: capped, loading: total === null, onVisibleRangeChange, reload };
}
