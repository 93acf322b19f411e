import { useLayoutEffect, useRef } from 'preact/hooks';
import { KEY_HELP } from './keys';

/** The `?` overlay: every presentation key. Any key, or the button, closes it. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => close.current?.focus({ preventScroll: true }), []);
  return (
    <div class="key-help" role="dialog" aria-modal="true" aria-labelledby="key-help-title">
      <h2 id="key-help-title" class="key-help__title">
        Presentation keys
      </h2>
      <table class="key-help__table">
        <thead>
          <tr>
            <th scope="col">Press</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map(({ keys, does }) => (
            <tr key={keys}>
              <td>{keys}</td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="key-help__hint">Any key closes this list. A USB clicker’s buttons send Page Down, Page Up, and F5 / Esc.</p>
      <button type="button" class="story__button" ref={close} onClick={onClose}>
        Close
      </button>
    </div>
  );
}
