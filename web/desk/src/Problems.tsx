import type { Problem } from './logic/errors.js';

export interface ProblemsProps {
  readonly title: string;
  readonly problems: readonly Problem[];
  /** Offered as a "Try again" button when any problem may pass. */
  readonly onRetry?: () => void;
}

/** An error box: what failed, why in words, the code for support, and a retry where it may help. */
export function Problems({ title, problems, onRetry }: ProblemsProps) {
  return (
    <div className="problems" role="alert">
      <p className="problems-title">{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${i}`}>
            {p.message} <code>{p.code}</code>
          </li>
        ))}
      </ul>
      {onRetry && problems.some((p) => p.retryable) && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
