import { loadFactBase } from './src/data/load-node';
try { const f = loadFactBase(); console.log('ok', f.places.length, f.initiatives.length, f.figures.length) } catch (e) { console.log((e as Error).message) }
