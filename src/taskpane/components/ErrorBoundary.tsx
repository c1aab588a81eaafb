import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

interface Props {
  title: string;
  /** The message for an error, in the officer's language. */
  describe(error: Error): string;
  /** When this changes (another file, changed settings), the results get a fresh try. */
  resetKey: unknown;
  children: ReactNode;
}

/** An exception while showing the results becomes a message in place of them; the rest of the pane stays. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="crashed">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {this.props.describe(this.state.error)}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
