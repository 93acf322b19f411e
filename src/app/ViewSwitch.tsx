import { showDetails, showTable } from '../store/actions';
import { useExplorer } from '../store/useExplorer';

/** Switches between the map and the table view, the map's full text alternative. */
export function ViewSwitch() {
  const table = useExplorer((s) => s.panel === 'table');
  return (
    <div class="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={!table} onClick={showDetails}>
        Map
      </button>
      <button type="button" aria-pressed={table} onClick={showTable}>
        Table
      </button>
    </div>
  );
}
