import { MapView } from '../map/MapView';
import { Legend } from '../legend/Legend';
import { Panel } from '../panel/Panel';
import { Search } from '../search/Search';
import { Timeline } from '../timeline/Timeline';
import { TableView } from '../table/TableView';
import { Notices } from './Notices';
import { ViewSwitch } from './ViewSwitch';
import { Toolbar } from './Toolbar';
import { Presentation } from '../story/Presentation';
import { EmbedApp } from './EmbedApp';
import { useExplorer } from '../store/useExplorer';

/** The explorer's layout: header with search, the map (or the table), and the side panel. */
export function App() {
  const panel = useExplorer((s) => s.panel);
  const embed = useExplorer((s) => s.embed);
  const presenting = useExplorer((s) => s.story !== null);
  if (embed) return <EmbedApp />;
  return (
    <div class="explorer" data-presenting={presenting ? 'true' : undefined}>
      <header class="topbar">
        <h1 class="topbar__title">Balkan Routes Explorer</h1>
        <Search />
        <ViewSwitch />
        <Toolbar />
      </header>
      <main class="stage" id="main">
        <Notices />
        <div class="stage__map" hidden={panel === 'table'}>
          <MapView />
          <Legend />
          <Timeline />
        </div>
        {panel === 'table' && <TableView />}
      </main>
      <Panel />
      <Presentation />
    </div>
  );
}
