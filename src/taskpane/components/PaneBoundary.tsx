import type { ReactNode } from "react";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";
import { ErrorBoundary } from "./ErrorBoundary";

/** An error boundary in the pane's words ("เกิดข้อผิดพลาด" and what went wrong); a new `resetKey` tries again. */
export function PaneBoundary({
  lang,
  resetKey,
  children,
}: {
  lang: Lang;
  resetKey: unknown;
  children: ReactNode;
}) {
  const t = textIn(lang);
  return (
    <ErrorBoundary
      title={t("errorTitle")}
      describe={(e) => t("crashed", { detail: e.message })}
      resetKey={resetKey}
    >
      {children}
    </ErrorBoundary>
  );
}
