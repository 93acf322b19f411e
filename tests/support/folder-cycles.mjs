// `npm run lint`'s folder check: no loop between folders of src/ and geo/ (map -> export -> map).
// Biome's noImportCycles catches module cycles; a folder loop has none, yet means a folder holds a
// module in the wrong place. Any import that closes a loop fails, naming the file and the import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TOPS = ['src', 'geo'];
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.(test|fixture)\.tsx?$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every module under `dir`; unit tests and their fixtures may reach across folders. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [path] : [];
  });
}

/** The folder a file counts under: src/<name> or geo/<name>, or the top folder itself for a file directly in it. */
function folderOf(file) {
  const [top, sub] = relative(ROOT, file).split('/');
  return sub && statSync(join(ROOT, top, sub), { throwIfNoEntry: false })?.isDirectory() ? `${top}/${sub}` : top;
}

/** folder -> folder -> one import that joins them (file and specifier), for the report. */
const edges = new Map();
for (const file of TOPS.flatMap((top) => sources(join(ROOT, top)))) {
  const from = folderOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    const target = resolve(dirname(file), specifier);
    if (!TOPS.some((top) => relative(join(ROOT, top), target).split('/')[0] !== '..')) continue;
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${relative(ROOT, file)} imports ${specifier}`);
  }
}

/** Folders that reach one another (Tarjan's strongly connected components), each of two or more. */
function components() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(folder, Math.min(low.get(folder), low.get(next)));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component = stack.splice(stack.indexOf(folder));
    if (component.length > 1) found.push(new Set(component));
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);
  return found;
}

const inLoops = components().flatMap((component) =>
  [...component].flatMap((from) => [...(edges.get(from)?.entries() ?? [])].filter(([to]) => component.has(to)).map(([to, why]) => [`${from} -> ${to}`, why])),
);
if (inLoops.length > 0) {
  console.error('Folder cycles: these imports close a loop between folders (move the module the other folder needs):');
  for (const [edge, why] of inLoops) console.error(`  ${edge}: ${why}`);
  process.exit(1);
}
console.log(`Folder cycles: none (${edges.size} folders import from others).`);
