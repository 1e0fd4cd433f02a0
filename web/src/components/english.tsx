// The server's own words where the API has them only in English (a problem's detail, a method's
// description): shown as they are, marked as English so a screen reader reads them as English and a
// page in Chinese says plainly that they are quoted, not translated.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

export function English({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return <span lang={locale === 'en' ? undefined : 'en'}>{children}</span>;
}
