/**
 * Stopping work the controller cancelled: long work checks its signal between its pieces (each
 * file read, each report made) and stops there, before anything is saved or written, so a
 * cancelled piece of work leaves the session as it was.
 */
export class Cancelled extends Error {
  constructor() {
    super("Cancelled");
    this.name = "Cancelled";
  }
}

/** @throws Cancelled once the work's signal is aborted. */
export function stopIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new Cancelled();
}
