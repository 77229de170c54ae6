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
