// Product passports, public: the page a passport's GS1 Digital Link (/01/{GTIN}/10/{lot}) opens
// shows the published passport, its QR code and the ledger's verification of it; /passports
// verifies a passport file anyone holds. No token is needed for either.
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { apiPost } from '../api.ts';
import { English } from '../components/english.tsx';
import { Failed, Loading, Show, useApi } from '../components/states.tsx';
import { ledgerCodeName, useI18n, pick } from '../i18n/index.tsx';
import { dateTime, mass, percent } from '../format.ts';
import { regionName } from '../products.ts';
import type { Passport, PassportVerification } from '../types.ts';

export interface IssuedPassport {
  passport: Passport;
  digitalLink: string;
  qrSvg: string;
  issuedAt: string;
}

/** The app's path for a Digital Link: its own path, whatever resolver domain it names. */
export function passportPath(digitalLink: string): string {
  return new URL(digitalLink).pathname;
}

/** /01/{gtin}/10/{lot}: the published passport the link names, verified. */
export function PublishedPassport() {
  const { t } = useI18n();
  const params = useParams();
  const gtin = params['gtin'] ?? '';
  const lot = params['lot'] ?? '';
  const published = useApi<IssuedPassport>(`/api/passports/01/${encodeURIComponent(gtin)}/10/${encodeURIComponent(lot)}`);
  return (
    <section>
      <h1>{t.passport.title}</h1>
      <p>{t.passport.link}: <code>/01/{gtin}/10/{lot}</code></p>
      <Show loaded={published}>{(issued) => <PassportView passport={issued.passport} qrSvg={issued.qrSvg} link={issued.digitalLink} />}</Show>
    </section>
  );
}

/** /passports: verify a passport file or pasted JSON, or open one by GTIN and lot. */
export default function PassportVerifier() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [passport, setPassport] = useState<Passport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState({ gtin: '', lot: '' });

  const read = (value: string) => {
    setText(value);
    setPassport(null);
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file !== undefined) read(await file.text());
  };
  const verify = (event: FormEvent) => {
    event.preventDefault();
    try {
      setPassport(JSON.parse(text) as Passport);
      setError(null);
    } catch {
      setError(t.passport.badJson);
    }
  };
  const open = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/01/${encodeURIComponent(link.gtin.trim())}/10/${encodeURIComponent(link.lot.trim())}`);
  };

  return (
    <section>
      <h1>{t.passport.title}</h1>
      <form className="filters" onSubmit={open} aria-label={t.passport.link}>
        <label><span>{t.lots.gtin}</span><input value={link.gtin} onChange={(e) => setLink({ ...link, gtin: e.target.value })} pattern="\d{14}" size={16} required /></label>
        <label><span>{t.lots.lotId}</span><input value={link.lot} onChange={(e) => setLink({ ...link, lot: e.target.value })} size={22} maxLength={20} required /></label>
        <button type="submit" className="secondary">{t.lots.open}</button>
      </form>
      <p>{t.passport.intro}</p>
      <form onSubmit={verify}>
        <div className="field"><label htmlFor="passport-file">{t.passport.file}</label><input id="passport-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void onFile(e)} /></div>
        <div className="field"><label htmlFor="passport-text">{t.passport.paste}</label><textarea id="passport-text" rows={6} value={text} onChange={(e) => read(e.target.value)} spellCheck={false} /></div>
        <button type="submit" disabled={text.trim() === ''}>{t.passport.verify}</button>
        {error === null ? null : <p className="state error" role="alert">{error}</p>}
      </form>
      {passport === null ? null : <PassportView passport={passport} />}
      <p><Link to="/">{t.app.name}</Link></p>
    </section>
  );
}

function PassportView({ passport, qrSvg, link }: { passport: Passport; qrSvg?: string; link?: string }) {
  const { t, locale } = useI18n();
  const [verification, setVerification] = useState<{ result?: PassportVerification; error?: Error }>({});
  useEffect(() => {
    setVerification({});
    apiPost<PassportVerification>('/api/passports/verify', passport).then((result) => setVerification({ result }), (error: Error) => setVerification({ error }));
  }, [passport]);
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(passport, null, 2)], { type: 'application/ld+json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `passport-${passport.gtin}.jsonld`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const lot = passport.lot;
  const linkMismatch = link !== undefined && typeof passport.id === 'string' && passport.id !== link;
  return (
    <div className="grid">
      <article className="card wide" aria-live="polite">
        {verification.error !== undefined ? <Failed error={verification.error} /> : verification.result === undefined ? <Loading /> : (
          <div className={`verdict ${verification.result.valid && !linkMismatch ? 'valid' : 'invalid'}`} data-testid="verdict">
            {verification.result.valid && !linkMismatch ? t.passport.valid : t.passport.invalid}
          </div>
        )}
        {verification.result === undefined ? null : (
          <dl className="facts">
            <dt>{t.passport.checked}</dt><dd>{verification.result.checked.map((check) => t.passport.checks[check] ?? check).join(' · ')}</dd>
            {verification.result.problems.length === 0 && !linkMismatch ? null : <><dt>{t.passport.problems}</dt><dd><ul>{verification.result.problems.map((p) => <li key={p}><English>{p}</English></li>)}{linkMismatch ? <li>{t.passport.linkMismatch}</li> : null}</ul></dd></>}
          </dl>
        )}
      </article>
      <article className="card">
        <dl className="facts" data-testid="passport-facts">
          <dt>{t.passport.product}</dt><dd>{pick(locale, passport.product?.nameZh, passport.product?.nameEn)} ({passport.product?.hsCode})</dd>
          <dt>{t.lots.gtin}</dt><dd>{passport.gtin}</dd>
          <dt>{t.lots.id}</dt><dd>{lot?.id}</dd>
          <dt>{t.lots.mass}</dt><dd>{lot === undefined ? '' : mass(locale, t, lot.massGrams)}</dd>
          <dt>{t.passport.maker}</dt><dd>{pick(locale, lot?.maker.nameZh, lot?.maker.nameEn)} · {regionName(locale, lot?.maker.region)}</dd>
          <dt>{t.passport.madeAt}</dt><dd>{lot === undefined ? '' : dateTime(lot.madeAt)}</dd>
          <dt>{t.passport.issued}</dt><dd>{dateTime(passport.issued)}</dd>
          <dt>{t.lots.custody}</dt><dd>{passport.custodyModel ? ledgerCodeName(t, passport.custodyModel) ?? passport.custodyModel : t.common.none}</dd>
          <dt>{t.lots.origin}</dt><dd>{(passport.origin ?? []).map((o) => `${t.lots.sources[o.type] ?? o.type}${'region' in o && o.region ? ` ${regionName(locale, String(o.region))}` : ''}${'country' in o && o.country ? ` ${String(o.country)}` : ''}`).join(' · ')}</dd>
          <dt>{t.lots.recycled}</dt><dd>{(passport.recycledContent?.elements ?? []).map((e) => `${e.element} ${percent(locale, e.recycledShare, 2)}`).join(' · ') || t.common.none}</dd>
        </dl>
        <p><button type="button" className="secondary" onClick={download}>{t.passport.download}</button></p>
      </article>
      {qrSvg === undefined ? null : (
        <article className="card">
          <h2>{t.passport.qr}</h2>
          <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`} alt={`${t.passport.qr}: ${link ?? ''}`} />
          <p><code>{link}</code></p>
        </article>
      )}
    </div>
  );
}
