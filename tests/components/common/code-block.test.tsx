// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { themes, type PrismTheme } from 'prism-react-renderer';
import { CodeBlock } from '@/components/common/CodeBlock';
import { codeThemeDark, codeThemeLight } from '@/components/common/code-theme';

/** [r, g, b] from "#rgb", "#rrggbb" or "rgb(r, g, b)". */
function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour this test reads: ${color}`);
}

/** WCAG 2 relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, from 1 (same) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every colour a theme can give a token, named for the failure message. */
function tokenColours(theme: PrismTheme): { what: string; color: string }[] {
  const colours = [{ what: 'plain text', color: theme.plain.color! }];
  for (const rule of theme.styles)
    if (rule.style.color)
      colours.push({ what: `${rule.types.join('/')}${rule.languages ? ` in ${rule.languages.join('/')}` : ''}`, color: rule.style.color });
  return colours;
}

const THEMES = [
  { name: 'light', theme: codeThemeLight },
  { name: 'dark', theme: codeThemeDark },
];

describe('code sample themes', () => {
  it('the WCAG contrast computed here matches known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The light prism theme's string colour on its background, one that axe reported.
    expect(contrast('#e3116c', '#f6f8fa')).toBeCloseTo(4.32, 2);
    expect(contrast('rgb(0, 0, 128)', '#1E1E1E')).toBeCloseTo(1.04, 2);
  });

  it.each(THEMES)('every token colour of the $name theme reaches 4.5:1 against its background', ({ theme }) => {
    const background = theme.plain.backgroundColor!;
    const short = tokenColours(theme)
      .map(({ what, color }) => ({ what, color, ratio: Math.round(contrast(color, background) * 100) / 100 }))
      .filter(({ ratio }) => ratio < 4.5);
    expect(short).toEqual([]);
  });

  it.each(THEMES)('the $name theme fades nothing with opacity (it would lower the contrast measured above)', ({ theme }) => {
    expect(theme.styles.filter((rule) => rule.style.opacity !== undefined && Number(rule.style.opacity) < 1)).toEqual([]);
  });

  it.each(THEMES)('the $name theme colours every token type prism-react-renderer’s own themes colour', ({ theme }) => {
    const coloured = new Set(theme.styles.filter((rule) => rule.style.color).flatMap((rule) => rule.types));
    const expected = new Set(
      [...themes.github.styles, ...themes.vsDark.styles].filter((rule) => rule.style.color).flatMap((rule) => rule.types),
    );
    expect([...expected].filter((type) => !coloured.has(type))).toEqual([]);
  });
});

const SAMPLES = [
  {
    language: 'python',
    source:
      '# comment\n@cache\ndef total(items: list[int]) -> int:\n    """Sum."""\n    return sum(i * 2 for i in items if i > 0x1F) or None\n',
  },
  {
    language: 'tsx',
    source:
      'import { x } from \'./x\';\nconst re = /a+b/g;\nexport function A({ n }: { n: number }) {\n  return <div className="a">{`${n}`} {true}</div>;\n}\n',
  },
  { language: 'markup', source: '<!DOCTYPE html>\n<?xml version="1.0"?>\n<a href="/x" data-y=\'z\'>&amp; text<!-- note --></a>\n' },
  { language: 'css', source: '@media (min-width: 1px) { .a > b::before { color: #fff !important; content: "x"; } }\n' },
];

function mockColourScheme(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CodeBlock', () => {
  it.each([
    { scheme: 'light', dark: false, theme: codeThemeLight },
    { scheme: 'dark', dark: true, theme: codeThemeDark },
  ])('in the $scheme scheme, draws every token of real samples in a colour that reaches 4.5:1 on the block', ({ dark, theme }) => {
    mockColourScheme(dark);
    for (const sample of SAMPLES) {
      render(<CodeBlock sample={sample} />);
      const block = screen.getByLabelText(`Code sample (${sample.language})`);
      const background = block.style.backgroundColor;
      expect(channels(background)).toEqual(channels(theme.plain.backgroundColor!));
      const tokens = [...block.querySelectorAll('span')];
      // The sample really was highlighted: several colours, not one plain run.
      expect(new Set(tokens.map((t) => t.style.color)).size).toBeGreaterThan(2);
      for (const token of tokens) {
        const color = token.style.color || block.style.color;
        expect({ text: token.textContent, ratio: contrast(color, background) >= 4.5 }).toEqual({ text: token.textContent, ratio: true });
      }
      cleanup();
    }
  });
});

describe('CodeBlock tools', () => {
  const sample = { language: 'python', source: 'users = User.objects.all()\nfor user in users:\n    print(user.profile.avatar.url)\n' };

  it('wraps long lines on demand, and scrolls sideways otherwise', async () => {
    const user = userEvent.setup();
    render(<CodeBlock sample={sample} />);
    const block = screen.getByLabelText('Code sample (python)');
    const wrap = screen.getByRole('button', { name: 'Wrap lines' });
    expect(wrap).toHaveAttribute('aria-pressed', 'false');
    expect(block.className).toMatch(/overflow-x-auto/);
    await user.click(wrap);
    expect(wrap).toHaveAttribute('aria-pressed', 'true');
    expect(block.className).toMatch(/whitespace-pre-wrap/);
    expect(block.className).not.toMatch(/overflow-x-auto/);
  });

  it('copies the code as written, and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    // user-event brings its own clipboard; a plain click keeps the browser's (here: this stub).
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<CodeBlock sample={sample} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied.'));
    expect(writeText).toHaveBeenCalledWith('users = User.objects.all()\nfor user in users:\n    print(user.profile.avatar.url)');
  });

  it('says when the clipboard refuses, so the code can be copied by hand', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    document.execCommand = vi.fn(() => false);
    render(<CodeBlock sample={sample} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy: select the code and press Ctrl+C.'));
    expect(document.execCommand).toHaveBeenCalledWith('copy');
  });
});
