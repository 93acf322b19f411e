import { useRef, useState } from 'preact/hooks';
import { EmbedDialog } from './EmbedDialog';

/** The toolbar's "Embed" button; focus comes back to it when the dialog closes. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Browsers return focus from a closed modal themselves, but not every one does it reliably; be explicit.
    button.current?.focus();
  };
  return (
    <>
      <button type="button" class="toolbar__button" aria-haspopup="dialog" ref={button} onClick={() => setOpen(true)}>
        Embed
      </button>
      {open && <EmbedDialog onClose={close} />}
    </>
  );
}
