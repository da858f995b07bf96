/**
 * Letting the page breathe during long work on the main thread: `pause()` yields to the event loop
 * (so clicks, scrolling and the progress bar are handled) once `budget` milliseconds of work have
 * passed since the last yield, and otherwise returns at once. A MessageChannel yields without the
 * 4 ms clamp of nested timers, so hundreds of files cost no idle time.
 */
export function pauseEvery(budget: number, now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < budget) return;
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
    since = now();
  };
}
