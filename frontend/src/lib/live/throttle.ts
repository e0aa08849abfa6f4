/**
 * Runs `task` once after a burst of calls, and at most once per `intervalMs`: the first call of a
 * quiet period runs it after `settleMs`, later ones wait for the interval to pass.
 */
export function trailingThrottle(task: () => void, intervalMs = 1000, settleMs = 200) {
  let timer: number | undefined;
  let lastRun = -Infinity;
  return {
    schedule() {
      if (timer !== undefined) return;
      const delay = Math.max(settleMs, lastRun + intervalMs - Date.now());
      timer = window.setTimeout(() => {
        timer = undefined;
        lastRun = Date.now();
        task();
      }, delay);
    },
    cancel() {
      window.clearTimeout(timer);
      timer = undefined;
    },
  };
}
