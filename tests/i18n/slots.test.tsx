// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fillSlots, slot } from '@/components/common/slots';

describe('fillSlots', () => {
  it('puts each node where its stand-in is, in whatever order the translation chose', () => {
    // A translation may move the figures: "$2 is the threshold; the total is $1."
    const message = `${slot(1)} is the threshold; the total is ${slot(0)}.`;
    const { container } = render(<p>{fillSlots(message, [<strong key="a">3.2</strong>, <em key="b">3.5</em>])}</p>);
    const paragraph = container.querySelector('p')!;
    expect(paragraph.textContent).toBe('3.5 is the threshold; the total is 3.2.');
    expect([...paragraph.children].map((child) => `${child.tagName}:${child.textContent}`)).toEqual(['EM:3.5', 'STRONG:3.2']);
  });

  it('renders kit text in a slot as text, never as markup', () => {
    const kitText = '<img src=x onerror=alert(1)>';
    const { container } = render(<p>{fillSlots(`${slot(0)} — ${slot(1)}`, ['Red flag at 1:00', kitText])}</p>);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(`Red flag at 1:00 — ${kitText}`);
  });

  it('leaves a message without stand-ins as it is', () => {
    const { container } = render(<p>{fillSlots('Nothing to fill', [])}</p>);
    expect(container.textContent).toBe('Nothing to fill');
  });
});
