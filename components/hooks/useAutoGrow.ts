import { useLayoutEffect, type RefObject } from 'react';

/**
 * A textarea as tall as its text (from its `rows` up), so a long answer to a 60-minute question
 * stays in view as it is written. Measured after every change of the value.
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    const style = getComputedStyle(area);
    const px = (value: string) => (Number.isFinite(parseFloat(value)) ? parseFloat(value) : 0);
    const borders = px(style.borderTopWidth) + px(style.borderBottomWidth);
    // jsdom (and a hidden panel) lays nothing out: leave the height to `rows` then.
    if (area.scrollHeight > 0) area.style.height = `${area.scrollHeight + borders}px`;
  }, [ref, value]);
}
