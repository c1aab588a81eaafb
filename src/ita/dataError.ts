/**
 * A data file shipped with the product (frameworks.json, recommendations.json) is malformed. Names the file,
 * the entry and what is wrong; `id`/`params` render it in the user's language (message "error.badData").
 */
export class DataFileError extends Error {
  readonly id = "error.badData";
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly problem: string,
  ) {
    super(`${file}: ${entry} ${problem}`);
    this.name = "DataFileError";
  }

  get params(): Record<string, string> {
    return { file: this.file, entry: this.entry, problem: this.problem };
  }
}

type Json = unknown;

/** Small checks that throw a DataFileError naming the entry. */
export class Checker {
  constructor(readonly file: string) {}

  fail(entry: string, problem: string): never {
    throw new DataFileError(this.file, entry, problem);
  }

  object(v: Json, entry: string): Record<string, Json> {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(entry, "must be an object");
    return v as Record<string, Json>;
  }

  array(v: Json, entry: string): Json[] {
    if (!Array.isArray(v)) this.fail(entry, "must be a list");
    return v;
  }

  string(v: Json, entry: string): string {
    if (typeof v !== "string" || v.trim() === "") this.fail(entry, "must be a non-empty text");
    return v;
  }

  nullableString(v: Json, entry: string): string | null {
    return v === null ? null : this.string(v, entry);
  }

  number(v: Json, entry: string, min = -Infinity, max = Infinity): number {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
      this.fail(entry, `must be a number from ${min} to ${max}`);
    return v;
  }

  oneOf<T extends string>(v: Json, entry: string, allowed: readonly T[]): T {
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v))
      this.fail(entry, `must be one of ${allowed.join(", ")}`);
    return v as T;
  }

  strings(v: Json, entry: string): string[] {
    return this.array(v, entry).map((s, i) => this.string(s, `${entry}[${i}]`));
  }
}
