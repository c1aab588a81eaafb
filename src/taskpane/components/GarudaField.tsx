import { Button, Field } from "@fluentui/react-components";
import { useState } from "react";
import { type Garuda, readGaruda } from "../../sheets/garuda";

interface Props {
  value: Garuda | null;
  label: string;
  /** What the field says with no ครุฑ, with one (its size in pixels), and for a file it cannot use. */
  hint: string;
  chosen(width: number, height: number): string;
  invalid: string;
  remove: string;
  onChange(g: Garuda | null): void;
}

/**
 * The agency's ครุฑ, chosen once as a PNG or JPEG file and kept in the workbook's settings: the memos print it at
 * the top left (1.5 cm), the ประกาศ centred at the top (3 cm). A file that is neither, or too large, is refused.
 */
export function GarudaField(p: Props) {
  const [error, setError] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const g = readGaruda(new Uint8Array(await file.arrayBuffer()));
    setError(g === null);
    if (g) p.onChange(g);
  };
  const hint = p.value ? p.chosen(p.value.width, p.value.height) : p.hint;
  return (
    <Field
      label={p.label}
      hint={error ? undefined : hint}
      validationState={error ? "error" : "none"}
      validationMessage={error ? p.invalid : undefined}
    >
      {(props) => (
        <div>
          <input
            {...props}
            type="file"
            accept="image/png,image/jpeg"
            data-testid="garuda-file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {p.value && (
            <Button size="small" onClick={() => p.onChange(null)}>
              {p.remove}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
