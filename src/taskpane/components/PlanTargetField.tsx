import { Input } from "@fluentui/react-components";
import { useState } from "react";
import { CheckedField } from "./CheckedField";
import { parseScore } from "./ScoreField";

interface Props {
  label: string;
  /** The score now: a target must be above it. */
  score: number;
  /** OIT: a document is published, half or not (0, 50, 100). */
  whole: boolean;
  invalid: string;
  onTarget(target: number): void;
}

/** A ticked score's target, 100 unless the officer types another one above the score now (50 or 100 for OIT). */
export function planTargetOf(text: string, score: number, whole: boolean): number | "invalid" {
  const n = parseScore(text);
  if (n === "invalid" || n <= score) return "invalid";
  return whole && n !== 50 && n !== 100 ? "invalid" : n;
}

export function PlanTargetField({ label, score, whole, invalid, onTarget }: Props) {
  const [text, setText] = useState("100");
  const [error, setError] = useState(false);
  return (
    <CheckedField label={label} error={error} invalid={invalid}>
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const n = planTargetOf(d.value, score, whole);
          setError(n === "invalid");
          if (n !== "invalid") onTarget(n);
        }}
      />
    </CheckedField>
  );
}
