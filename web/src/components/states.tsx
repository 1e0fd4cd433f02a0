// The three states every view of data has besides its data: loading, empty and failed.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError, apiGet } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { English } from './english.tsx';

export function Loading() {
  const { t } = useI18n();
  return <p className="state loading" role="status" aria-live="polite">{t.state.loading}</p>;
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state empty">{children ?? t.state.empty}</p>;
}

export function Failed({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useI18n();
  // What the reader can act on, in the reader's language; the server's own words stay below it for
  // whoever reports the problem.
  const said = error instanceof ApiError ? t.state.status[error.status as keyof typeof t.state.status] : undefined;
  return (
    <div className="state error" role="alert">
      <strong>{said ?? t.state.error}</strong>
      <p className="detail"><English>{error.message}</English></p>
      {retry === undefined ? null : <button type="button" onClick={retry}>{t.state.retry}</button>}
    </div>
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/** GET a path of the API (again whenever the path changes); null waits. A reload keeps showing
 * the data it replaces until the new answer comes, so forms on the page keep their state. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ path: string | null; data?: T; error?: Error; loading: boolean }>({ path, loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((s) => (s.path === path ? { ...s, loading: true, error: undefined } : { path, loading: true }));
    apiGet<T>(path).then(
      (data) => { if (current) setState({ path, data, loading: false }); },
      (error: Error) => { if (current) setState({ path, error, loading: false }); },
    );
    return () => { current = false; };
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = state.path === path;
  return { data: fresh ? state.data : undefined, error: fresh ? state.error : undefined, loading: !fresh || state.loading, reload };
}

/** Shows loading, the failure or, once loaded, what `children` makes of the data. */
export function Show<T>({ loaded, children, isEmpty }: { loaded: Loaded<T>; children: (data: T) => ReactNode; isEmpty?: (data: T) => boolean }) {
  if (loaded.error !== undefined) return <Failed error={loaded.error} retry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  if (isEmpty?.(loaded.data) === true) return <Empty />;
  return <>{children(loaded.data)}</>;
}
