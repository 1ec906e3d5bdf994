/**
 * YAML 1.2 core schema numbers (yaml.org/spec/1.2.2 §10.3.2), as the `yaml` library reads them:
 * the one definition both fast readers use (plain-yaml.ts, and js-yaml's types in fast-yaml.ts).
 * js-yaml's own schema differs: its integers also take `0b101` and `-0x1` (strings in YAML 1.2),
 * and its floats read `-.5` as a string.
 */

/** Decimal, or 0o octal and 0x hex (no sign on those two). */
export function coreInt(text: string): number | undefined {
  if (!mayBeNumber(text)) return undefined;
  if (INT.test(text)) return Number(text);
  if (OCT.test(text)) return Number.parseInt(text.slice(2), 8);
  if (HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  return undefined;
}

/** Decimal with a fraction or an exponent, and `.inf`, `-.inf`, `.nan` in their three spellings. */
export function coreFloat(text: string): number | undefined {
  if (!mayBeNumber(text)) return undefined;
  if (FLOAT.test(text)) return Number(text);
  if (INF.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (NAN.test(text)) return Number.NaN;
  return undefined;
}

/**
 * Whether a plain scalar can be a number at all: it starts with a digit, a sign or a dot. Every
 * plain scalar, keys included, is tried as a number, and most are words.
 */
function mayBeNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(inf|Inf|INF)$/;
const NAN = /^\.(nan|NaN|NAN)$/;
