/**
 * Office.js writes `range.values` as if the officer typed them: a leading `'` is dropped, `=…` becomes a
 * formula, and text that looks like a number, percentage, date, time, TRUE/FALSE or an error value is
 * converted. Such text is written with Excel's text prefix `'` so it stays exactly what the document says.
 */
const NUMBER = /^[-+]?[$฿€£]?\(?[-+]?(\d[\d,]*(\.\d+)?|\.\d+)(e[-+]?\d+)?\)?\s*%?$/i;
const DATE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m?)?$/i;
const MONTH_YEAR =
  /^\d{0,2}\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?|ก\.?ย\.?|ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?)[a-z]*[\s-]*\d{0,4}$/i;
const FRACTION = /^[-+]?\d+\s+\d+\/\d+$/;
/** "24-Jan", "24 Jan 2024", "Jan-24", "September 2567": Excel reads an English month with a day or year as a date. */
const EN_MONTH =
  /^(\d{1,2}[\s\-/.]*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s\-/.,]*\d{1,4})?$/i;
const LITERAL = /^(true|false|#(N\/A|DIV\/0!|NAME\?|NULL!|NUM!|REF!|VALUE!))$/i;

export function needsTextPrefix(text: string): boolean {
  if (text.startsWith("'") || /^[=+\-@]/.test(text)) return true;
  // Full-width digits, signs and letters (１２, ３.５％) are read as their ASCII forms.
  const t = text.trim().normalize("NFKC");
  if (t === "") return false;
  return (
    (/\d/.test(t) && NUMBER.test(t)) ||
    DATE.test(t) ||
    TIME.test(t) ||
    MONTH_YEAR.test(t) ||
    FRACTION.test(t) ||
    (/\d/.test(t) && EN_MONTH.test(t)) ||
    LITERAL.test(t)
  );
}

/** The value to put in `range.values` so Excel keeps it as written. */
export function asTypedValue(v: string | number | null): string | number {
  if (v === null) return "";
  return typeof v === "string" && needsTextPrefix(v) ? `'${v}` : v;
}
