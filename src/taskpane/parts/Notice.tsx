/** A message in the pane: information, success or an error, announced to screen readers. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeText {
  readonly kind: "info" | "success" | "error" | "warning";
  readonly text: string;
}

export function Notice({ notice }: { readonly notice: NoticeText | null }) {
  if (notice === null) return null;
  return (
    <MessageBar intent={notice.kind} role={notice.kind === "error" ? "alert" : "status"} className="notice">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
