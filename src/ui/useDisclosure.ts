import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A disclosure (a button that shows and hides what follows it): a press outside `root`, or Escape
 * inside it, closes it, and Escape gives the focus back to `toggle`. A dialog opened from inside
 * is inside `root`, so using it leaves the disclosure open, and Escape is the dialog's while it is
 * open. Escape goes no further, so a disclosure inside another closes alone.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  // For the root element, not the document: bound with the render, so an Escape right after opening counts.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return { open, setOpen, root, toggle, onKeyDown };
}
