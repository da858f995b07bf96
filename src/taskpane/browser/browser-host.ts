/**
 * The wizard's host in a plain browser: files in and out, memory in local storage.
 */
import type { WizardHost } from "../wizard/host-port";
import { saveFile } from "./save-file";

const PREFIX = "puls:";

export function browserHost(window: Window): WizardHost {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      // Storage can be switched off (private mode, policies): the wizard then simply forgets.
      return null;
    }
  })();
  return {
    kind: "browser",
    workbook: null,
    save: (name, bytes) => saveFile(window.document, name, bytes),
    remember: (key, value) => {
      try {
        storage?.setItem(PREFIX + key, value);
      } catch {
        // Full or switched off: forgetting is not worth an error for the user.
      }
      return Promise.resolve();
    },
    recall: (key) => Promise.resolve(storage?.getItem(PREFIX + key) ?? null),
  };
}
