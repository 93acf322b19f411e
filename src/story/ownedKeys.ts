/** Keys that belong to what has focus: typing in a field, or Space/Enter pressing a button. F5 never does. */
export function ownedByTarget(event: KeyboardEvent): boolean {
  if (event.key === 'F5') return false;
  const el = event.target instanceof Element ? event.target : null;
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return (event.key === ' ' || event.key === 'Enter') && el.closest('button, a[href], summary, [role="button"]') !== null;
}

/** Keys pressed with Ctrl, Alt or Meta are the browser's and the system's (Ctrl+P prints, Alt+← goes back). */
export const withCommandModifier = (event: KeyboardEvent): boolean => event.ctrlKey || event.altKey || event.metaKey;
