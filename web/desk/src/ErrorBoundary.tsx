import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What failed, in words: "The desk", "Fin.com customers". */
  readonly scope: string;
  readonly children: ReactNode;
}

/**
 * Keeps a rendering failure to its own part of the page: that part shows what failed and a retry,
 * the rest keeps working, and the page is never blank. React offers boundaries only as classes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="problems" role="alert">
        <p className="problems-title">{this.props.scope} failed to display.</p>
        <p>
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
