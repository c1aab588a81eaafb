/**
 * What Excel stores when a value is written through `range.values`: it is parsed as typed input (a leading
 * `'` kept text and is dropped; `=…` is a formula; number-, percent-, date-, time-, TRUE- and error-looking
 * text is converted). A simplified model of Excel's en-US parser, enough to catch text that would not stay text.
 */
export function parseTypedInput(x: unknown): unknown {
  if (typeof x !== "string") return x;
  if (x.startsWith("'")) return x.slice(1);
  // Full-width digits and signs (１２, ３.５％) are read as their ASCII forms.
  const t = x.trim().normalize("NFKC");
  const n = number(t);
  if (n !== null) return n;
  const mixed = /^([-+]?)(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (mixed && Number(mixed[4]) > 0)
    return (mixed[1] === "-" ? -1 : 1) * (Number(mixed[2]) + Number(mixed[3]) / Number(mixed[4]));
  const month = monthDate(t);
  if (month !== null) return month;
  if (/^[=+\-@]/.test(x)) return { formula: x };
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  if (/^#(N\/A|DIV\/0!|NAME\?|NULL!|NUM!|REF!|VALUE!)$/i.test(t)) return { error: t.toUpperCase() };
  const d = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(t);
  if (d) return dateSerial(Number(d[1]), Number(d[2]), d[3] ? Number(d[3]) : 2026);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400;
  return x;
}

function number(t: string): number | null {
  const m = /^([-+]?)\$?(\()?([-+]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(e[-+]?\d+)?(\))?\s*(%?)$/i.exec(t);
  // A number needs a digit before its exponent: "E1" (an item code) is text to Excel, "1E1" is 10.
  if (!m || !/\d/.test(`${m[4]}${m[5] ?? ""}`) || Boolean(m[2]) !== Boolean(m[7])) return null;
  let v = Number(`${m[4]!.replace(/,/g, "") || "0"}${m[5] ?? ""}${m[6] ?? ""}`);
  if (m[1] === "-" || m[3] === "-" || m[2]) v = -v;
  return m[8] ? v / 100 : v;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "24-Jan", "24 Jan 2024", "Jan-24", "January 2024": dates to Excel's en-US parser. */
function monthDate(t: string): number | null {
  const m = /^(\d{1,2})?[\s\-/]*([a-z]{3,9})\.?[\s\-/,]*(\d{1,4})?$/i.exec(t);
  if (!m || (!m[1] && !m[3])) return null;
  const mo = MONTHS.findIndex((name) => m[2]!.toLowerCase().startsWith(name));
  if (mo < 0 || !MONTHS[mo]!.startsWith(m[2]!.toLowerCase().slice(0, 3))) return null;
  const day = m[1] ? Number(m[1]) : 1;
  const year = m[3] ? (Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3])) : 2026;
  return dateSerial(year, mo + 1, day);
}

function dateSerial(a: number, b: number, c: number): number {
  const [y, mo, d] = a > 31 ? [a, b, c] : [c < 100 ? 2000 + c : c, a, b];
  return Date.UTC(y, mo - 1, d) / 86400000 + 25569;
}
