// The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every party:
// 18 characters — registration authority, organisation type, the 6-digit region code, the
// 9-character organisation code (GB 11714, with its own check character) and a final check.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CODE_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`the check character covers 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`character ${first17[i]} at position ${i + 1} is not allowed in a unified social credit code`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character of an 8-character organisation code body. */
export function organisationCodeCheckCharacter(body8: string): string {
  if (body8.length !== 8) throw new RangeError(`an organisation code body has 8 characters, got ${body8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const value = ORG_CODE_CHARSET.indexOf(body8[i]!);
    if (value < 0) throw new RangeError(`character ${body8[i]} at position ${i + 1} is not allowed in an organisation code`);
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Why `code` is not a valid unified social credit code, or null when it is. */
export function validateUscc(code: string): string | null {
  if (typeof code !== 'string') return 'must be a string';
  if (code.length !== 18) return `must have 18 characters, has ${code.length}`;
  for (let i = 0; i < 18; i += 1) {
    if (!CHARSET.includes(code[i]!)) {
      return `character ${JSON.stringify(code[i])} at position ${i + 1} is not allowed (digits and capital letters except I, O, S, V, Z)`;
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return `positions 3–8 must be the 6-digit region code, not ${code.slice(2, 8)}`;
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return `wrong check character: ${code[17]} where ${expected} is expected (a character was mistyped)`;
  return null;
}

export interface UsccParts {
  /** Registration authority, e.g. '9' for the market regulator (industry and commerce). */
  authority: string;
  /** Organisation type within the authority, e.g. '1' for an enterprise. */
  orgType: string;
  /** The 6-digit GB/T 2260 region code of registration. */
  region: string;
  /** The first 8 characters of the organisation code; its check character is computed. */
  orgBody8: string;
}

/** Builds a valid code from its parts, for fictional enterprises in demos and tests. */
export function makeUscc(parts: UsccParts): string {
  const body = parts.orgBody8.toUpperCase();
  const orgCode = body + organisationCodeCheckCharacter(body);
  // Letters outside the USCC charset (I, O, S, V, Z) cannot stand in a code; map them to digits
  // so any readable body yields a valid code.
  const safe = [...orgCode].map((c) => (CHARSET.includes(c) ? c : String(ORG_CODE_CHARSET.indexOf(c) % 10))).join('');
  const first17 = `${parts.authority}${parts.orgType}${parts.region}${safe}`;
  return first17 + usccCheckCharacter(first17);
}
