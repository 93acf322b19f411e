import { useEffect, useId, useState } from 'preact/hooks';
import type { Citation as Cite } from '../data/types';
import { openReader } from '../store/actions';
import { citationText, referenceOf } from './format';
import './citation.css';

/** Clipboard API first; the textarea fallback covers http:// previews and older browsers. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

interface Props {
  cite: Cite;
  /** What the citation backs, for the button's accessible name: "Source for: Kosovo as a destination". */
  about: string;
}

/** The control every fact carries: a disclosure with the verbatim quote, its reference, copy and read-in-source. */
export function Citation({ cite, about }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();

  const onCopy = async () => {
    setStatus((await copy(citationText(cite))) ? 'Copied' : 'Could not copy: select the quote and copy it by hand');
  };
  // The status has been announced by then; clearing it lets a second copy be announced again.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div class={`cite${open ? ' cite--open' : ''}`}>
      <button
        type="button"
        class="button-quiet cite__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={`Source for: ${about}`}
        onClick={() => setOpen(!open)}
      >
        Source
      </button>
      {/* Built while open only: fifty closed citations are fifty buttons, not five hundred hidden nodes. */}
      {open && (
        <div class="cite__body" id={id}>
          <blockquote class="cite__quote">
            <p>{cite.quote}</p>
          </blockquote>
          <p class="cite__ref">{referenceOf(cite)}</p>
          <div class="cite__actions">
            <button type="button" class="button-outline cite__action" onClick={onCopy}>
              Copy citation
            </button>
            <button type="button" class="button-outline cite__action" onClick={() => openReader(cite.doc, cite.para)}>
              Read in source
            </button>
            <span class="cite__status" role="status">
              {status}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
