/**
 * Opens the handout in a new tab, which prints itself (`?handout&print`); the explorer, and any
 * presentation under way, stay as they were in this one.
 */
export function PrintHandoutButton() {
  const open = () => window.open(`${location.pathname}?handout&print`, '_blank', 'noopener');
  return (
    <button type="button" class="toolbar__button" onClick={open}>
      Print handout
    </button>
  );
}
