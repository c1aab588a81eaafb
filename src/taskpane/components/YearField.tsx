import { Button, Input } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { CheckedField } from "./CheckedField";

interface Props {
  label: string;
  /** The committed year, or null for "not set". */
  value: number | null;
  /** Shown under the field while it is valid: what an empty field means. */
  hint: string;
  /** Shown when what was typed is not a 4-digit Buddhist-era year. */
  invalid: string;
  onCommit(year: number | null): void;
  /** Puts the cursor in the field when it appears (the field is what the pane is asking for). */
  focusOnMount?: boolean;
  /** A button beside the field that takes the year (where the year is what the pane asks for). */
  commitLabel?: string;
}

/** A Buddhist-era year between 2500 and 2700; anything else is kept as typed and explained. */
export function parseYear(text: string): number | null | "invalid" {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d{4}$/.test(t)) return "invalid";
  const y = Number(t);
  return y >= 2500 && y <= 2700 ? y : "invalid";
}

/**
 * A year typed freely: what the officer types stays in the box, it is checked when the box loses focus, and
 * only a valid year (or an empty box) reaches the settings.
 */
export function YearField({ label, value, hint, invalid, onCommit, focusOnMount, commitLabel }: Props) {
  const [text, setText] = useState(value === null ? "" : String(value));
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    setText(value === null ? "" : String(value));
    setError(false);
  }, [value]);
  const commit = () => {
    const y = parseYear(text);
    setError(y === "invalid");
    if (y !== "invalid" && y !== value) onCommit(y);
  };
  const field = (
    <CheckedField label={label} hint={hint} error={error} invalid={invalid}>
      <Input
        ref={input}
        inputMode="numeric"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </CheckedField>
  );
  if (!commitLabel) return field;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: "8px", alignItems: "flex-start" }}>
      {field}
      <Button appearance="primary" onClick={commit}>
        {commitLabel}
      </Button>
    </div>
  );
}
