// The frame of every page: header (name, who is signed in, language, sign-out), the navigation the
// role may use, and the page. Signed-out visitors see the sign-in form, except on public pages.
import { Suspense, useEffect, useRef } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { LOCALES, useI18n, pick, type Locale } from './i18n/index.tsx';
import { NAV, type NavItem } from './nav.ts';
import { ROUTES } from './routes.tsx';
import { useSession } from './session.tsx';
import { Empty, Loading } from './components/states.tsx';
import { SignIn } from './pages/sign-in.tsx';

export function App() {
  const { t, locale } = useI18n();
  const { session, restoring, signOut, can } = useSession();
  const allowed = NAV.filter((item) => can(item.policy));
  const home = allowed[0];
  const { pathname } = useLocation();
  const opened = useRef(false);
  // After a move to another page, keyboard and screen-reader users continue from its content, not
  // from the link they followed; the first page loads with the focus where the browser puts it.
  useEffect(() => {
    if (opened.current) document.getElementById('main')?.focus();
    opened.current = true;
  }, [pathname]);

  return (
    <>
      <a className="skip" href="#main">{t.app.skip}</a>
      <header className="top">
        <div className="brand">
          <strong>{t.app.name}</strong>
          <span>{t.app.subtitle}</span>
        </div>
        <div className="who">
          <LanguageSwitch />
          {session === null ? null : (
            <>
              <span className="role" data-testid="who">
                {t.roles[session.role]} · {session.party === null ? <span translate="no">{session.name}</span> : pick(locale, session.party.nameZh, session.party.nameEn)}
              </span>
              <button type="button" onClick={signOut}>{t.signIn.signOut}</button>
            </>
          )}
        </div>
      </header>
      {session === null ? null : (
        <nav className="main-nav" aria-label={t.nav.label}>
          <ul>
            {allowed.map((item) => (
              <li key={item.path}><NavLink to={item.path}>{item.label(t)}</NavLink></li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            {ROUTES.filter((route) => route.public === true).map(({ path, page: Page }) => <Route key={path} path={path} element={<Page />} />)}
            {restoring ? <Route path="*" element={<Loading />} /> : session === null ? <Route path="*" element={<SignIn />} /> : (
              <>
                {ROUTES.filter((route) => route.public !== true).map(({ path, page: Page, policy }) => (
                  <Route key={path} path={path} element={policy === undefined || can(policy) ? <Page /> : <Refused home={home} />} />
                ))}
                <Route path="/" element={home === undefined ? <Empty>{t.state.forbidden}</Empty> : <Navigate to={home.path} replace />} />
                <Route path="*" element={<Empty>{t.state.notFound}</Empty>} />
              </>
            )}
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

/** A page the role may not open: said in words, with the way to the pages it may. */
function Refused({ home }: { home: NavItem | undefined }) {
  const { t } = useI18n();
  return (
    <div className="state refused" role="alert" data-testid="refused">
      <p>{t.state.forbidden}</p>
      {home === undefined ? null : <p><NavLink to={home.path}>{home.label(t)}</NavLink></p>}
    </div>
  );
}

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language">
      <span>{t.language.label}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)} data-testid="language">
        {LOCALES.map((l) => <option key={l} value={l}>{t.language[l]}</option>)}
      </select>
    </label>
  );
}
