import { SpinButton } from "@fluentui/react-components";
import { useState } from "react";
import { CheckedField } from "./CheckedField";

interface Props {
  label: string;
  value: number;
  hint?: string;
  /** Shown when what was typed is not a score from 0 to 100. */
  invalid: string;
  onCommit(score: number): void;
}

/** A score from 0 to 100 with at most two decimals, or "invalid". */
export function parseScore(text: string): number | "invalid" {
  const t = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return "invalid";
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : "invalid";
}

/** A pass mark or similar: a SpinButton from 0 to 100; a wrong or empty entry keeps the old value and says why. */
export function ScoreField({ label, value, hint, invalid, onCommit }: Props) {
  const [error, setError] = useState(false);
  return (
    <CheckedField label={label} hint={hint} error={error} invalid={invalid}>
      <SpinButton
        min={0}
        max={100}
        step={1}
        value={value}
        onChange={(_, d) => {
          const n = d.value ?? (d.displayValue === undefined ? "invalid" : parseScore(d.displayValue));
          const ok = typeof n === "number" && n >= 0 && n <= 100;
          setError(!ok);
          if (ok && n !== value) onCommit(n);
        }}
      />
    </CheckedField>
  );
}
