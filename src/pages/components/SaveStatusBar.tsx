import { useEffect, useState } from 'preact/hooks';
import type { SaveStatus } from '../../storage/save-queue';

type Props = { save: SaveStatus; onRetry: () => void; onDismiss: () => void };

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** Where the user's changes stand: saved, saving, or not saved (why, and when it is tried again). */
export function SaveStatusBar({ save, onRetry, onDismiss }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!save.failure) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [save.failure]);

  return (
    <div class="save-status">
      {save.failure ? (
        <div class="notice notice--error" role="alert" data-testid="save-failure">
          <p>
            <strong>
              {save.pending} change{save.pending === 1 ? ' is' : 's are'} not saved yet.
            </strong>{' '}
            {save.failure.message}
          </p>
          <p>
            Trying again in {seconds(save.failure.retryAt - now)} s (attempt {save.failure.attempts + 1}). Your changes
            stay on this page until they are saved.{' '}
            <button type="button" onClick={onRetry}>
              Retry now
            </button>
          </p>
        </div>
      ) : (
        <p class="muted save-state" role="status" data-testid="save-state">
          {save.pending > 0 || save.saving ? 'Saving…' : 'All changes saved in this browser'}
        </p>
      )}
      {save.refused && (
        <div class="notice notice--error" role="alert">
          <p>{save.refused}</p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
