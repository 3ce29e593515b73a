import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { buttonSecondary } from './styles';

export interface ErrorBoundaryProps {
  /** What this boundary holds, as the user knows it ("History", "The scorecards list"): named when it fails. */
  area: string;
  children: ReactNode;
  /** When this changes (another screen, another interview) a failed area tries again by itself. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one failing part of a page from blanking the rest: React unmounts the whole tree on an
 * uncaught render error, so each screen sits in one of these. It names what failed and why, says
 * that nothing saved was touched (rendering never writes), and offers to try again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Panelist: ${this.props.area} failed to show`, error, info.componentStack);
  }

  componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && !Object.is(previous.resetKey, this.props.resetKey)) this.setState({ error: null });
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="space-y-2 rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
      >
        <p className="font-semibold">{i18n.t('common.failure.heading', [this.props.area])}</p>
        <p>{error.message || error.name}</p>
        <p>{i18n.t('common.failure.nothingLost')}</p>
        <button type="button" className={buttonSecondary} onClick={() => this.setState({ error: null })}>
          {i18n.t('common.failure.retry')}
        </button>
      </div>
    );
  }
}
