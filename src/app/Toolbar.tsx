import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { PresentButton } from '../story/PresentButton';
import { PrintHandoutButton } from '../handout/PrintHandoutButton';
import { EmbedButton } from '../embed/EmbedButton';
import { ExportMenu } from '../export/ExportMenu';

/**
 * Actions on the current view: present it, print it, embed it, download or cite it. Under 600 px
 * they fold into one Menu button (base.css hides the button on wider screens).
 */
export function Toolbar() {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return undefined;
    // A dialog opened from the menu is inside `wrap`, so using it does not close the menu.
    const onPointerDown = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  // On the element, not the document: bound with the render, so an Escape right after opening counts.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    setOpen(false);
    menuButton.current?.focus();
  };

  return (
    <div class="toolbar-wrap" ref={wrap} onKeyDown={onKeyDown}>
      <button type="button" class="toolbar__menu" ref={menuButton} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div id={id} class={open ? 'toolbar toolbar--open' : 'toolbar'} role="toolbar" aria-label="Share and present">
        <PresentButton />
        <PrintHandoutButton />
        <EmbedButton />
        <ExportMenu />
      </div>
    </div>
  );
}
