import { Field, Input } from "@fluentui/react-components";
import { type RefObject } from "react";

interface Props {
  label: string;
  /** Shown under the field once Generate was pressed with it empty. */
  missing: string;
  value: string;
  /** True after Generate was pressed with the field empty. */
  tried: boolean;
  input: RefObject<HTMLInputElement>;
  onChange(value: string): void;
}

/**
 * The agency's name, asked for in the footer right above Generate when the workbook gives none: the documents'
 * headers need it, so it is asked before, not reported as an error after.
 */
export function AgencyAsk({ label, missing, value, tried, input, onChange }: Props) {
  const error = tried && !value.trim();
  return (
    <Field
      label={label}
      required
      validationState={error ? "error" : "none"}
      validationMessage={error ? missing : undefined}
    >
      <Input
        ref={input}
        id="agency-ask"
        data-testid="agency-ask"
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
