/**
 * Reading numbers that people typed as text, in Swedish or English notation (docs/rules.md §0).
 *
 * Units type `12,5`, `1 234,5`, `85 %`, `−3`; English workbooks carry `12.5` and `1,234.5`.
 * Thousands separators must group digits by three, so `1,5` is one and a half (Swedish decimal
 * comma), while `1,234.5` is English. A comma alone is always read as a decimal comma, because
 * that is what Swedish users mean; `1,234` is therefore 1.234, never 1234.
 */

/** A number read from text, with how it was written (the collector warns about some forms). */
export interface NumberText {
  readonly value: number;
  /** A comma was the decimal separator (`12,5`). */
  readonly decimalComma: boolean;
  /** The text ended in a percent sign and was divided by 100. */
  readonly percent: boolean;
}

// Spaces that people and Excel put between thousands: space, no-break, narrow no-break, thin.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const MINUS_SIGNS = /^[\u2212-]/;
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?:\.\d{3})+$/;

function integerPart(digits: string, separator: string): string | undefined {
  if (PLAIN.test(digits)) return digits;
  if (separator !== "" && GROUPED.test(digits) && digits.includes(separator)) {
    return digits.split(separator).join("");
  }
  return undefined;
}

function readUnsigned(text: string): { value: number; decimalComma: boolean } | undefined {
  if (SCIENTIFIC.test(text)) return { value: Number(text), decimalComma: false };
  const lastComma = text.lastIndexOf(",");
  const lastPoint = text.lastIndexOf(".");
  const decimalAt = Math.max(lastComma, lastPoint);
  if (decimalAt < 0) {
    return PLAIN.test(text) ? { value: Number(text), decimalComma: false } : undefined;
  }
  const decimalSeparator = text.charAt(decimalAt);
  const groupSeparator = decimalSeparator === "," ? "." : ",";
  const whole = text.slice(0, decimalAt);
  const fraction = text.slice(decimalAt + 1);
  // "1.234.567" or "1,234,567": the separator occurs more than once, so it groups thousands.
  if (text.indexOf(decimalSeparator) !== decimalAt) {
    const grouped = integerPart(text, decimalSeparator);
    return grouped === undefined ? undefined : { value: Number(grouped), decimalComma: false };
  }
  if (!PLAIN.test(fraction)) return undefined;
  const integer = whole === "" ? "0" : integerPart(whole, groupSeparator);
  if (integer === undefined) return undefined;
  return { value: Number(`${integer}.${fraction}`), decimalComma: decimalSeparator === "," };
}

/**
 * Reads a number written as text, or returns `undefined` when the text is not a number.
 * Does not know missing-value markers: see {@link parseCellValue} for the whole of §0.
 * @example parseNumberText("1 234,5") // { value: 1234.5, decimalComma: true, percent: false }
 * @example parseNumberText("85 %")    // { value: 0.85, decimalComma: false, percent: true }
 */
export function parseNumberText(raw: string): NumberText | undefined {
  let text = raw.trim();
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  let sign = 1;
  if (MINUS_SIGNS.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  // A space group separator must still split the digits into threes: "1 234" yes, "12 34" no.
  if (/[ \u00a0\u202f\u2009]/.test(text)) {
    if (!/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/.test(text)) return undefined;
    text = text.replace(GROUP_SPACES, "");
  }
  const unsigned = readUnsigned(text);
  if (unsigned === undefined || !Number.isFinite(unsigned.value)) return undefined;
  const value = sign * (percent ? unsigned.value / 100 : unsigned.value);
  return { value: value === 0 ? 0 : value, decimalComma: unsigned.decimalComma, percent };
}
