// The app's two languages: a typed catalogue each (en.ts is the shape, zh-CN.ts follows it), the
// choice kept in this browser, and Intl formatting in the chosen locale.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Dictionary } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { CodeNames } from '../../../src/domain/parties.ts';
import { LOCALES, type Locale } from './locales.ts';

export { LOCALES, type Locale };

const DICTIONARIES: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'ytterby.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

interface I18n {
  locale: Locale;
  t: Dictionary;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, t: DICTIONARIES[locale], setLocale }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** A code's name from one of the domain's code lists (src/domain/parties.ts); the code itself for one
 * the app does not know (a code newer than this build), so nothing is ever shown blank. */
export function codeName(locale: Locale, names: CodeNames<string>, code: string): string {
  const name = names[code];
  return name === undefined ? code : pick(locale, name.zh, name.en);
}

/** The name of a code the ledger or the rules write (t.codes), or undefined for one it does not name. */
export function ledgerCodeName(t: Dictionary, code: string): string | undefined {
  return (t.codes as Record<string, string | undefined>)[code];
}

/** A bilingual name from the API ({nameZh, nameEn} or {zh, en}) in the chosen language. */
export function pick(locale: Locale, zh: string | undefined, en: string | undefined): string {
  return (locale === 'zh-CN' ? zh || en : en || zh) ?? '';
}
