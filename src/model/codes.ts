// Codes from outside standards, checked against maintained lists rather than a regex: currencies
// (ISO 4217, from currency-codes), countries (ISO 3166-1 alpha-2, from i18n-iso-countries), and
// external identifiers (PIC, USCC, ROR, LEI, ...) with their check characters.
import currencyCodes from 'currency-codes';
import countries from 'i18n-iso-countries';
import { echo } from '../echo.js';
import { EXTERNAL_ID_SCHEMES } from './enums.js';

const CURRENCIES = new Set(currencyCodes.codes());
const COUNTRIES = new Set(Object.keys(countries.getAlpha2Codes()));

/** An active ISO 4217 code, upper case as the standard writes it (EUR, CNY, USD). */
export const isCurrency = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

/** An assigned ISO 3166-1 alpha-2 code, upper case (CN, DE, FR); EU and other reserved codes are not countries. */
export const isCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code) && COUNTRIES.has(code);

/** Amounts stored before currencies were required carry none; they were and still are read as yuan. */
export const LEGACY_CURRENCY = 'CNY';

export const SCHEME_PATTERN = /^[A-Z][A-Z0-9_]{1,19}$/;

/** GB 32100-2015: 17 characters weighted by 3^i mod 31, then a check character. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** ISO 7064 MOD 97-10 over letters read as 10..35 (LEI, ISO 17442). */
function mod97(s: string): bigint {
  return BigInt([...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('')) % 97n;
}

/** Each known scheme: its normal form from what a file holds, or a message saying what is wrong. */
const FORMATS: Record<keyof typeof EXTERNAL_ID_SCHEMES, (v: string) => string | { error: string }> = {
  PIC: (v) => (/^\d{9}$/.test(v) ? v : { error: 'a PIC is 9 digits' }),
  USCC: (v) => {
    const u = v.toUpperCase();
    if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u)) return { error: 'a unified social credit code is 18 digits or capitals (no I, O, S, V, Z)' };
    return usccCheckChar(u.slice(0, 17)) === u[17] ? u : { error: `check character is wrong (expected ${usccCheckChar(u.slice(0, 17))})` };
  },
  ROR: (v) => {
    const bare = v.replace(/^https?:\/\/ror\.org\//i, '').toLowerCase();
    return /^0[a-hj-km-np-tv-z0-9]{6}\d{2}$/.test(bare) ? bare : { error: 'a ROR id is 0, six letters or digits and two digits (e.g. 02mhbdp94)' };
  },
  LEI: (v) => {
    const u = v.toUpperCase();
    if (!/^[0-9A-Z]{18}\d{2}$/.test(u)) return { error: 'a LEI is 18 letters or digits and two check digits' };
    return mod97(u) === 1n ? u : { error: 'check digits are wrong' };
  },
  WIKIDATA: (v) => (/^Q[1-9]\d*$/.test(v) ? v : { error: 'a Wikidata item is Q followed by digits' }),
};

/** No control, format or unassigned characters, no surrounding or doubled-up whitespace. */
const EXTERNAL_VALUE = /^[^\s\p{C}](?:[^\p{C}]*[^\s\p{C}])?$/u;

/**
 * An external id as written in a file, `SCHEME:value` (PIC:999993953, USCC:91330100716105852F),
 * in its normal form, or the reason it is not one.
 */
export function parseExternalId(text: string): { scheme: string; value: string; key: string } | { error: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { error: `${echo(text)} must be SCHEME:value, e.g. PIC:999993953` };
  const scheme = text.slice(0, colon);
  const raw = text.slice(colon + 1);
  if (!SCHEME_PATTERN.test(scheme))
    return { error: `scheme "${scheme}" must be 2-20 capitals, digits or _ (known: ${Object.keys(EXTERNAL_ID_SCHEMES).join(', ')})` };
  if (!EXTERNAL_VALUE.test(raw) || raw.length > 200)
    return { error: `${scheme} value "${raw}" must be 1-200 characters without control characters or surrounding spaces` };
  const format = FORMATS[scheme as keyof typeof FORMATS];
  const value = format ? format(raw) : raw;
  if (typeof value !== 'string') return { error: `${scheme}:${raw}: ${value.error}` };
  return { scheme, value, key: `${scheme}:${value}` };
}

/** The label shown for an entity without a name: its first external id, as "PIC 999993953". */
export function externalIdLabel(key: string): string {
  const colon = key.indexOf(':');
  return `${key.slice(0, colon)} ${key.slice(colon + 1)}`;
}

/** Money as the API shows it, from a stored amount and currency; null when no amount is stored. */
export function money(amount: unknown, currency: unknown): { amount: number; currency: string } | null {
  if (typeof amount !== 'number') return null;
  return { amount, currency: typeof currency === 'string' ? currency : LEGACY_CURRENCY };
}

/** Stored external ids (SCHEME:value) as {scheme, value}. */
export function externalIdsOf(keys: unknown): { scheme: string; value: string }[] {
  if (!Array.isArray(keys)) return [];
  return keys.map((k: string) => {
    const colon = k.indexOf(':');
    return { scheme: k.slice(0, colon), value: k.slice(colon + 1) };
  });
}

/**
 * What to show for a node: its name (a source's title, an indicator's label), else its Chinese
 * name, else a label from its first external id, else its id. Computed, never stored, so the
 * full-text index never holds a placeholder.
 */
export function displayName(n: Record<string, unknown>): string {
  for (const k of ['name', 'title', 'label', 'nameZh'] as const) if (typeof n[k] === 'string' && n[k] !== '') return n[k] as string;
  const first = Array.isArray(n.externalIds) ? (n.externalIds[0] as string | undefined) : undefined;
  return first ? externalIdLabel(first) : String(n.id);
}
