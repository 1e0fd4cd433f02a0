// The enterprise's signing key in the browser: read from the file the user holds (never uploaded,
// kept in this page's memory only), or made here with WebCrypto and saved as a file like the one
// `ytterby keys generate` writes. The signing itself is src/reporting/browser-signing.ts, the same
// module the server's tests run.
import { useState } from 'react';
import { generateKeyFileWebCrypto, parseKeyFile, type KeyFile } from '../../../../src/reporting/browser-signing.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { reportingStrings } from './strings.ts';

export function KeyPicker({ onKey }: { onKey: (key: KeyFile | null) => void }) {
  const { locale } = useI18n();
  const s = reportingStrings(locale);
  const { session } = useSession();
  const party = session?.party?.id ?? '';
  const [status, setStatus] = useState<string>('');
  const [publicPart, setPublicPart] = useState<string>('');

  const read = async (file: File | undefined) => {
    onKey(null);
    if (file === undefined) return setStatus('');
    const key = parseKeyFile(await file.text());
    if ('problem' in key) return setStatus(key.problem);
    if (key.party !== party) return setStatus(s.key.otherParty(key.party));
    setStatus(s.key.loaded(key.kid, key.party));
    onKey(key);
  };

  const generate = async () => {
    const made = await generateKeyFileWebCrypto(party);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(made, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `ytterby-key-${party}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setPublicPart(JSON.stringify({ party, publicJwk: made.publicJwk }, null, 2));
  };

  return (
    <fieldset className="card" data-testid="key-picker">
      <legend>{s.key.title}</legend>
      <label>{s.key.file} <input type="file" accept=".json,application/json" data-testid="key-file" onChange={(e) => void read(e.target.files?.[0])} /></label>
      <p className="hint">{s.key.note}</p>
      {status === '' ? null : <p data-testid="key-status">{status}</p>}
      <button type="button" className="secondary" onClick={() => void generate()}>{s.key.generate}</button>
      {publicPart === '' ? null : <><p>{s.key.generated}</p><h3>{s.key.publicPart}</h3><pre data-testid="public-part">{publicPart}</pre></>}
    </fieldset>
  );
}
