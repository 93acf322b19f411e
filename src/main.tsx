import { render } from 'preact';
import { App } from './app/App';
import { Handout } from './handout/Handout';
import './app/base.css';
import { startUrlSync } from './store/urlSync';
import { PresenterView } from './story/presenter/PresenterView';
import { story } from './story/story';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
// The handout is a printable page of its own: it reads the story, not the explorer's state.
if (params.has('handout')) {
  render(<Handout />, root);
} else if (params.has('presenter')) {
  // The presenter view, opened by a presenting window, which it follows by messages.
  render(<PresenterView />, root);
} else {
  startUrlSync(story);
  render(<App />, root);
}
