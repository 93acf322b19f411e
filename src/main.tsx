import { render } from 'preact';
import { App } from './app/App';
import './app/base.css';

render(<App />, document.getElementById('app')!);
