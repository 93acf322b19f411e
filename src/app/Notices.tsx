import { dismissNotice } from '../store/actions';
import { useExplorer } from '../store/useExplorer';

/** Polite messages about input the explorer could not use (an unknown id, a missing WebGL). */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.map((message) => (
        <p class="notice" key={message}>
          <span>{message}</span>
          <button type="button" class="notice__close" onClick={() => dismissNotice(message)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
