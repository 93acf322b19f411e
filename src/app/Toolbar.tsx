import { PresentButton } from '../story/PresentButton';
import { PrintHandoutButton } from '../handout/PrintHandoutButton';
import { EmbedButton } from '../embed/EmbedButton';
import { ExportMenu } from '../export/ExportMenu';

/** Actions on the current view: present it, print it, embed it, download or cite it. */
export function Toolbar() {
  return (
    <div class="toolbar" role="toolbar" aria-label="Share and present">
      <PresentButton />
      <PrintHandoutButton />
      <EmbedButton />
      <ExportMenu />
    </div>
  );
}
