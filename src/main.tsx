import { render } from 'preact';
import { App } from './app/App';
import './app/base.css';
import { startUrlSync } from './store/urlSync';

startUrlSync();
render(<App />, document.getElementById('app')!);
