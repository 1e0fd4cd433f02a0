// Who is signed in: the token's name, role, party and policies, as GET /api/session says. Pages
// and navigation ask `can(policy)`; the API enforces the same policies on every call.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, tokenStore } from './api.ts';

export interface Session {
  name: string;
  role: 'regulator' | 'auditor' | 'association' | 'enterprise' | 'public';
  policies: string[];
  party: { id: string; nameZh: string; nameEn: string; region: string } | null;
}

interface SessionState {
  session: Session | null;
  /** True until a saved token has been checked. */
  restoring: boolean;
  signIn(token: string): Promise<void>;
  signOut(): void;
  can(policy: string): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(tokenStore.get() !== null);

  useEffect(() => {
    const saved = tokenStore.get();
    if (saved === null) return;
    apiGet<Session>('/api/session', saved)
      .then(setSession)
      .catch(() => tokenStore.clear())
      .finally(() => setRestoring(false));
  }, []);

  const signIn = useCallback(async (token: string) => {
    const next = await apiGet<Session>('/api/session', token);
    tokenStore.set(token);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    tokenStore.clear();
    setSession(null);
  }, []);
  const value = useMemo<SessionState>(() => ({
    session, restoring, signIn, signOut, can: (policy) => session?.policies.includes(policy) ?? false,
  }), [session, restoring, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
