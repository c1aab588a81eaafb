import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";

interface Props {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asked before another file replaces documents made and not downloaded: nothing is lost without the officer
 * saying so. The cancel button has the focus (the safe answer).
 */
export function DiscardConfirm(p: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role="alertdialog"
      aria-labelledby="discard-title"
      data-testid="discard-confirm"
    >
      <MessageBarBody>
        <MessageBarTitle id="discard-title">{p.title}</MessageBarTitle>
        {p.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={cancel} appearance="primary" size="small" onClick={p.onCancel}>
          {p.cancel}
        </Button>
        <Button size="small" onClick={p.onConfirm}>
          {p.confirm}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
