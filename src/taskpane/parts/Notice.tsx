/**
 * A message in the pane: information, success or an error, announced to screen readers. It can
 * carry one action (switching to the files' period, say), and takes focus when the work that
 * wrote it wants the user to land on the result.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { forwardRef } from "react";

export interface NoticeText {
  readonly kind: "info" | "success" | "error" | "warning";
  readonly text: string;
  /** One thing to do about it, offered as a button in the message. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export const Notice = forwardRef<HTMLDivElement, { readonly notice: NoticeText | null }>(function Notice({ notice }, ref) {
  if (notice === null) return null;
  const action = notice.action;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={notice.kind} layout="multiline" role={notice.kind === "error" ? "alert" : "status"} className="notice">
      <MessageBarBody>{notice.text}</MessageBarBody>
      {action === undefined ? null : (
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={action.run}>{action.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
});
