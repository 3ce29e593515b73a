// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

let failing = true;
function Fragile() {
  if (failing) throw new RangeError('Invalid time value');
  return <p>History is back</p>;
}

beforeEach(() => {
  failing = true;
  // React reports a caught render error on the console; the boundary logs it too. Both are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('names what failed and why, and keeps the rest of the page', () => {
    render(
      <>
        <nav>
          <a href="#/kits">Kits</a>
        </nav>
        <ErrorBoundary area="History">
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('History could not be shown');
    expect(alert).toHaveTextContent('Invalid time value');
    expect(alert).toHaveTextContent('Nothing saved was changed');
    expect(screen.getByRole('link', { name: 'Kits' })).toBeVisible();
  });

  it('tries again on request, and by itself when what it holds changes', async () => {
    const user = userEvent.setup();
    function Switcher() {
      const [screenName, setScreen] = useState('history');
      return (
        <>
          <button onClick={() => setScreen('candidates')}>Candidates</button>
          <ErrorBoundary area={screenName} resetKey={screenName}>
            {screenName === 'history' ? <Fragile /> : <p>Candidates list</p>}
          </ErrorBoundary>
        </>
      );
    }
    const { unmount } = render(<Switcher />);
    await user.click(screen.getByRole('button', { name: 'Candidates' }));
    expect(screen.getByText('Candidates list')).toBeVisible();
    unmount();

    render(
      <ErrorBoundary area="History">
        <Fragile />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeVisible();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('History is back')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
