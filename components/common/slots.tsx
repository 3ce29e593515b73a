import { Fragment, type ReactNode } from 'react';

// Private-use characters: no message and no figure contains them, so they mark where a node goes.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/** A stand-in to pass as a message's $n where an element (bold figure, a styled part) belongs. */
export const slot = (index: number): string => `${OPEN}${index}${CLOSE}`;

/**
 * A translated sentence with elements inside it ("Weighted total <strong>3.5</strong> against …"),
 * with the translation free to put them in any order. The message is filled with `slot(i)`
 * stand-ins, then each stand-in is replaced by `nodes[i]`. Kit and user text belong in the nodes,
 * where React renders it as text.
 */
export function fillSlots(message: string, nodes: readonly ReactNode[]): ReactNode {
  const parts = message.split(SLOT);
  // split() with a capture group alternates text and slot numbers: [text, n, text, n, text].
  return parts.map((part, i) => <Fragment key={i}>{i % 2 === 0 ? part : nodes[Number(part)]}</Fragment>);
}
