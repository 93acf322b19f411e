import { useId } from 'preact/hooks';
import { useDisclosure } from '../ui/useDisclosure';
import { PresentButton } from '../story/PresentButton';
import { PrintHandoutButton } from '../handout/PrintHandoutButton';
import { EmbedButton } from '../embed/EmbedButton';
import { ExportMenu } from '../export/ExportMenu';

/**
 * Actions on the current view: present it, print it, embed it, download or cite it. Under 600 px
 * they fold into one Menu button (base.css hides the button on wider screens).
 */
export function Toolbar() {
  const { open, setOpen, root, toggle, onKeyDown } = useDisclosure();
  const id = useId();

  return (
    <div class="toolbar-wrap" ref={root} onKeyDown={onKeyDown}>
      <button type="button" class="button-quiet toolbar__menu" ref={toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
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
