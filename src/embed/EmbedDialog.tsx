import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { toQuery } from '../store/url';
import { useExplorer } from '../store/useExplorer';
import { entityById, nameOf } from '../data/queries';
import { canSnapshot, snapshotMap } from '../export/snapshot';
import { EMBED_TITLE, embedSnippets, type FallbackImage } from './snippet';
import { CopyText } from '../ui/CopyText';
import './dialog.css';

type Format = 'iframe' | 'component';

const FORMATS: { id: Format; label: string; hint: string }[] = [
  { id: 'iframe', label: 'Frame', hint: 'An iframe: works in any page or CMS that accepts HTML.' },
  {
    id: 'component',
    label: 'Web component',
    hint: 'A <balkan-routes-map> element: no frame, styles kept apart from your page, and a picture of the view until it loads or where scripts are blocked. One per page.',
  },
];

/** Wide enough to read, small enough to paste: about 40–80 KB as a JPEG data: URL. */
const FALLBACK_WIDTH = 640;

/** A picture of the map as it is, for the component's fallback; null when no map can be captured (no WebGL). */
async function fallbackImage(selection: string | null): Promise<FallbackImage | null> {
  if (!canSnapshot()) return null;
  const { image, width, height } = await snapshotMap(1);
  const scale = Math.min(1, FALLBACK_WIDTH / width);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [Math.round(width * scale), Math.round(height * scale)];
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  const entity = selection === null ? undefined : entityById(selection);
  return {
    src: canvas.toDataURL('image/jpeg', 0.72),
    alt: `${EMBED_TITLE}${entity ? `, with ${nameOf(entity)} selected` : ''}. Opens the interactive map.`,
    width: canvas.width,
    height: canvas.height,
  };
}

/** The modal that hands an author the HTML for the view on screen. `onClose` runs after Esc, Close or a backdrop click. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<Format>('iframe');
  const [autosize, setAutosize] = useState(true);
  const id = useId();
  // Built from the view at every change, so the snippet always matches what is behind the dialog.
  const query = useExplorer((s) => toQuery(s));
  const selection = useExplorer((s) => s.selection);
  const [image, setImage] = useState<FallbackImage | null>(null);
  const snippets = embedSnippets(location.href, query, image ?? undefined);
  const code = format === 'component' ? snippets.component : autosize ? `${snippets.iframe}\n${snippets.autosize}` : snippets.iframe;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  // The picture is taken when the component format is chosen, and again when the view changes.
  useEffect(() => {
    if (format !== 'component') return undefined;
    let current = true;
    fallbackImage(selection).then(
      (taken) => current && setImage(taken),
      () => current && setImage(null),
    );
    return () => {
      current = false;
    };
  }, [format, query]);

  return (
    <dialog
      ref={dialog}
      class="embed-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lede`}
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself, outside its padding box.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
    >
      <div class="embed-dialog__inner">
        <h2 id={`${id}-title`} class="embed-dialog__title">
          Embed this view
        </h2>
        <p id={`${id}-lede`} class="embed-dialog__lede">
          Paste this HTML into your page. It shows the map as it is now (selection, layers, time window and position), credits both parliamentary sources, and
          links to the full explorer.
        </p>
        <fieldset class="embed-dialog__formats">
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.id} class="embed-dialog__format">
              <input type="radio" name={`${id}-format`} checked={format === f.id} onChange={() => setFormat(f.id)} />
              <span>
                <strong>{f.label}</strong> <span class="embed-dialog__hint">{f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'iframe' && (
          <label class="embed-dialog__option">
            <input type="checkbox" checked={autosize} onChange={() => setAutosize(!autosize)} />
            Fit the frame to its content (adds a small script)
          </label>
        )}
        <CopyText block="embed-dialog" id={`${id}-code`} label="HTML to paste" value={code} rows={6}>
          <button type="button" class="embed-dialog__close" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </CopyText>
      </div>
    </dialog>
  );
}
