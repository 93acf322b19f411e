import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Copies with the Clipboard API; where that is refused (http:// previews, some in-app browsers)
 * the text is selected so the reader can copy it by hand.
 */
async function copyOrSelect(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    area.focus();
    area.select();
    return false;
  }
}

interface Props {
  /** The class prefix of the piece it sits in: `${block}__label`, `__text`, `__actions`, `__copy`, `__status`. */
  block: string;
  id: string;
  label: string;
  value: string;
  rows: number;
  /** Further classes for the Copy button. */
  copyClass?: string;
  'data-testid'?: string;
  /** Further actions after the status. */
  children?: ComponentChildren;
}

/** Read-only text with a Copy button and a status line; the status clears when the text changes. */
export function CopyText({ block, id, label, value, rows, copyClass, 'data-testid': testId, children }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [value]);
  const copy = async () => {
    if (!area.current) return;
    const copied = await copyOrSelect(area.current);
    setStatus(copied ? 'Copied to the clipboard.' : 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).');
  };
  return (
    <>
      <label class={`${block}__label`} for={id}>
        {label}
      </label>
      <textarea id={id} ref={area} class={`${block}__text`} readOnly rows={rows} spellcheck={false} value={value} data-testid={testId} />
      <div class={`${block}__actions`}>
        <button type="button" class={copyClass ? `${copyClass} ${block}__copy` : `${block}__copy`} onClick={copy}>
          Copy
        </button>
        <span class={`${block}__status`} role="status">
          {status}
        </span>
        {children}
      </div>
    </>
  );
}
