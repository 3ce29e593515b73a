import { createContext, useContext, useEffect, useState } from 'react';

/** Where the views read the time. Tests put a fixed or fake clock here instead of patching Date. */
export type Clock = () => number;

export const ClockContext = createContext<Clock>(() => Date.now());

export function useClock(): Clock {
  return useContext(ClockContext);
}

/**
 * The current time, refreshed every `intervalMs`. Only components that show a
 * running clock should call this: each tick re-renders the caller and nothing else.
 */
export function useNow(intervalMs = 1000): number {
  const clock = useClock();
  const [now, setNow] = useState(clock);
  useEffect(() => {
    setNow(clock());
    const id = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(id);
  }, [clock, intervalMs]);
  return now;
}
