// What some tests need from outside the repository, and what they do without it. A clone on its own
// runs the rest and says plainly what it skipped; CI (.ci/run sets YTTERBY_REQUIRE_PREREQUISITES=1)
// has everything, and fails rather than skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../stats/print-pdf.ts';

const REQUIRED = process.env['YTTERBY_REQUIRE_PREREQUISITES'] === '1';

/** GS1's and OpenEPCIS's EPCIS documents: YTTERBY_CONFORMANCE, else ../shared/conformance/epcis
 * beside the clone. They are theirs, never copied into the repository. */
export const EPCIS_CONFORMANCE: string | undefined = (() => {
  const configured = process.env['YTTERBY_CONFORMANCE'];
  const dir = configured !== undefined && configured !== ''
    ? `${configured.replace(/\/+$/, '')}/epcis/`
    : fileURLToPath(new URL('../../../shared/conformance/epcis/', import.meta.url));
  return existsSync(`${dir}gs1/EPCIS-JSON-Schema.json`) ? dir : undefined;
})();

/** node:test's `skip` for a test that reads the conformance sets: false when they are here. */
export const withoutConformance = skipUnless(EPCIS_CONFORMANCE !== undefined,
  'no EPCIS conformance sets: set YTTERBY_CONFORMANCE to the folder that holds epcis/ (GS1\'s and OpenEPCIS\'s documents), or clone beside ../shared');

/** node:test's `skip` for a test that drives Debian's Chromium. */
export const withoutChromium = skipUnless(existsSync(CHROMIUM_PATH),
  `no Chromium at ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk (README, "Prerequisites")`);

function skipUnless(present: boolean, reason: string): string | false {
  if (present) return false;
  if (REQUIRED) throw new Error(`a test prerequisite is missing, and YTTERBY_REQUIRE_PREREQUISITES=1: ${reason}`);
  return reason;
}
