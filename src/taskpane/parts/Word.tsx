/**
 * A status, assessment or reporting state: always a word, with a colour beside it (never the
 * colour alone), in Fluent's badge colours, which meet contrast on white.
 */
import { Badge } from "@fluentui/react-components";

export type Tone = "good" | "middle" | "bad" | "none";

const COLOURS: Readonly<Record<Tone, "success" | "warning" | "danger" | "informative">> = { good: "success", middle: "warning", bad: "danger", none: "informative" };

export function Word({ tone, children }: { readonly tone: Tone; readonly children: string }) {
  return (
    <Badge appearance="tint" color={COLOURS[tone]} shape="rounded">
      {children}
    </Badge>
  );
}

export const ASSESSMENT_TONE = { met: "good", partlyMet: "middle", notMet: "bad", cannotAssess: "none" } as const;
export const STATE_TONE = { submitted: "good", late: "middle", submittedWithErrors: "bad", missing: "bad" } as const;
export const STATUS_TONE = { green: "good", yellow: "middle", red: "bad", missing: "none" } as const;
