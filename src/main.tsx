import { render } from 'preact';
import { App } from './app/App';
import { Handout } from './handout/Handout';
import './app/base.css';
import { startUrlSync } from './store/urlSync';

const root = document.getElementById('app')!;
// The handout is a printable page of its own: it reads the story, not the explorer's state.
if (new URLSearchParams(location.search).has('handout')) {
  render(<Handout />, root);
} else {
  startUrlSync();
  render(<App />, root);
}
