// `npm run lint`'s folder check: no new loop between folders of src/ and geo/ (map -> export -> map).
// Biome's noImportCycles catches module cycles; a folder loop has none, yet means a folder holds a
// module in the wrong place. The loops found when the check came in are listed in
// folder-cycles.known.json (`node tests/support/folder-cycles.mjs --write-known` rewrites it);
// any other import that closes a loop fails, naming the file and the import.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TOPS = ['src', 'geo'];
const KNOWN = join(import.meta.dirname, 'folder-cycles.known.json');
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every module under `dir`; unit tests may reach across folders for their fixtures. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [path] : [];
  });
}

/** The folder a file counts under: src/<name> or geo/<name>, or the top folder itself for a file directly in it. */
function folderOf(file) {
  const [top, sub, ...rest] = relative(ROOT, file).split('/');
  return rest.length > 0 || (sub && !SOURCE.test(sub)) ? `${top}/${sub}` : top;
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

// The imports inside a loop today, to be untangled (issue 9); any other that closes a loop fails.
const known = new Set(JSON.parse(readFileSync(KNOWN, 'utf8')));
const inLoops = components().flatMap((component) =>
  [...component].flatMap((from) => [...(edges.get(from)?.entries() ?? [])].filter(([to]) => component.has(to)).map(([to, why]) => [`${from} -> ${to}`, why])),
);
const fresh = inLoops.filter(([edge]) => !known.has(edge));
const gone = [...known].filter((edge) => !inLoops.some(([e]) => e === edge));
if (process.argv.includes('--write-known')) {
  writeFileSync(KNOWN, `${JSON.stringify(inLoops.map(([edge]) => edge).sort(), null, 2)}\n`);
} else if (fresh.length > 0) {
  console.error('Folder cycles: these imports close a loop between folders (move the module the other folder needs):');
  for (const [edge, why] of fresh) console.error(`  ${edge}: ${why}`);
  process.exit(1);
}
console.log(
  `Folder cycles: no new ones; ${inLoops.length} known imports still close a loop${gone.length ? `; no longer in one, drop from ${relative(ROOT, KNOWN)}: ${gone.join(', ')}` : ''}.`,
);
