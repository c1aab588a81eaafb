import { emptyRecognition as nothing } from "../../src/analysis/recogniseSheet";
import type { Recognition } from "../../src/analysis/types";

/** A recognition that read nothing and said nothing, with `more` in place. */
export const emptyRecognition = (more: Partial<Recognition> = {}): Recognition => ({ ...nothing(), ...more });
