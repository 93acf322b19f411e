/**
 * Saves a Blob under `filename` through a temporary `a[download]`: no server round trip, so it
 * works offline and from file://.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: Firefox cancels a download whose URL is revoked in the same task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe slug of a view: `fileSlug('route-md-xk')` → "route-md-xk", `fileSlug(null)` → "overview". */
export function fileSlug(selection: string | null): string {
  return (
    (selection ?? 'overview')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'view'
  );
}
