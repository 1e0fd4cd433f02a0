// Sign-in with an API token: checked against GET /api/session before it is kept.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { English } from '../components/english.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session.tsx';

const TOKEN = /^ytb_[A-Za-z0-9_-]{43}$/;

export function SignIn() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  // A token refused by the server is said in the reader's language, with the server's reason below.
  const [error, setError] = useState<{ said: string; server?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!TOKEN.test(value)) return setError({ said: t.signIn.badFormat });
    setBusy(true);
    setError(null);
    try {
      await signIn(value);
    } catch (failure) {
      setError({ said: t.signIn.refused, server: (failure as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sign-in">
      <h1>{t.signIn.title}</h1>
      <p>{t.signIn.intro}</p>
      <form onSubmit={submit}>
        <label htmlFor="token">{t.signIn.token}</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} aria-invalid={error !== null} aria-describedby={error === null ? undefined : 'token-error'} required />
        <button type="submit" disabled={busy}>{busy ? t.signIn.checking : t.signIn.submit}</button>
        {error === null ? null : (
          <div id="token-error" className="state error" role="alert">
            <p>{error.said}</p>
            {error.server === undefined ? null : <p className="detail"><English>{error.server}</English></p>}
          </div>
        )}
      </form>
      <p><Link to="/passports">{t.signIn.publicPassport}</Link></p>
    </section>
  );
}
