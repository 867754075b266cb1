import { createSubscriber } from 'svelte/reactivity';

/**
 * The time, read reactively: components that show a countdown call `now()`
 * and are updated every second while at least one of them is on the page
 * (one timer for all). On the server, and without JavaScript, it is simply
 * the time of rendering.
 */
const subscribe = createSubscriber((update) => {
  const timer = setInterval(update, 1_000);
  return () => clearInterval(timer);
});

export function now(): number {
  subscribe();
  return Date.now();
}

/** A duration in whole units, largest first, two at most: 4 min 32 s, 3 h 5 min, 2 d 4 h. */
export function durationParts(ms: number): { unit: 'd' | 'h' | 'min' | 's'; value: number }[] {
  const seconds = Math.max(0, Math.floor(ms / 1_000));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = seconds % 60;
  if (days > 0) return [{ unit: 'd', value: days }, ...(hours ? [{ unit: 'h' as const, value: hours }] : [])];
  if (hours > 0)
    return [{ unit: 'h', value: hours }, ...(minutes ? [{ unit: 'min' as const, value: minutes }] : [])];
  if (minutes > 0)
    return [{ unit: 'min', value: minutes }, ...(rest ? [{ unit: 's' as const, value: rest }] : [])];
  return [{ unit: 's', value: rest }];
}
