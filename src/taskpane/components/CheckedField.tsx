import { Field } from "@fluentui/react-components";
import type { ReactElement } from "react";

interface Props {
  label: string;
  /** Shown under the field while what was typed is valid. */
  hint?: string;
  /** True while what was typed is not accepted. */
  error: boolean;
  /** Shown instead of the hint while `error` is true: what is wrong and what to type. */
  invalid: string;
  children: ReactElement;
}

/** A labelled field whose hint gives way to the reason while the entry is not accepted. */
export function CheckedField({ label, hint, error, invalid, children }: Props) {
  return (
    <Field
      label={label}
      hint={error ? undefined : hint}
      validationState={error ? "error" : "none"}
      validationMessage={error ? invalid : undefined}
    >
      {children}
    </Field>
  );
}
