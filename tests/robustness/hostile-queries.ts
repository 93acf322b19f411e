// Malformed and hostile query-string parts: generated from a seed for url-fuzz.spec.ts, and as
// fast-check arbitraries' vocabulary in src/store/url.test.ts. Every payload that would run script
// sets window.__pwned or opens a dialog, so the browser spec can tell if one ran.
import { prng } from '../fixtures/prng';

const PWN = 'window.__pwned=1';
export const SCRIPT = [
  `<script>${PWN}</script>`,
  `"><img src=x onerror=${PWN}>`,
  `'><svg onload=${PWN}>`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}//`,
  `</title><script>${PWN}</script>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>">`,
  `<img src=x onerror=alert(1)>`,
  `data:text/html,<script>${PWN}</script>`,
  `\${${PWN}}`,
  `{{constructor.constructor('${PWN}')()}}`,
  `<a href="javascript:${PWN}">x</a>`,
  `"onmouseover="${PWN}`,
  `<style>@import 'javascript:${PWN}'</style>`,
];
const UNICODE = [
  '\u202eKX\u202c',
  '\u200bXK\u200b',
  '\u2066XK\u2069',
  '🙂',
  '👩‍👩‍👧‍👦',
  '\ufeffXK',
  'ﷺ',
  'אבג',
  'Ω'.repeat(60),
  '\u0000',
  '\u0007',
  '\r\n',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  'ＸＫ',
  'K\u0301',
];
const PERCENT = ['%', '%%', '%%%', '%E0%A4%A', '%zz', '%C0%AF', '%ED%A0%80', '%FF%FE', '%u202e', '%2', '%00', '%252e%252e', '%0a%0d'];
const NUMBERS = [
  '9'.repeat(400),
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x7d1',
  '2001.5',
  '1e-400',
  '9007199254740993',
  '-2000',
  ' 2001 ',
  '2001abc',
  '0b11111010001',
  '２００１',
  '2e3',
  '',
];
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '../../etc/passwd', '.', ' ', 'ATLANTIS', 'null', 'undefined'];
/** Long, but within what servers accept: Node answers 431 past 16 KB of headers, hosts often at 8 KB. */
const LONG = ['x'.repeat(2000), 'A%20'.repeat(400), `${SCRIPT[1]}`.repeat(20), Array.from({ length: 150 }, () => 'countries').join(',')];
const MAX_QUERY = 6000;

/** Plausible values per known parameter, so parsing gets past its first checks. */
export const BY_PARAM: Record<string, readonly string[]> = {
  select: ['XK', 'xk', 'MD', 'tpiu', 'reflex', 'heathrow', 'origin-moldova-kosovo', 'uk-odihr-funding-2002', 'xk-rs-abl', ...NAMES],
  layers: ['countries,routes', 'none', 'lava', ',,,,', 'routes,routes,routes', 'COUNTRIES', 'none,routes', '__proto__,toString'],
  year: ['2000', '2001', '2002', '2003', '2004', '1999', '3000', ...NUMBERS],
  camera: ['20,42,5', 'NaN,NaN,NaN', '1e308,-1e308,1e308', '1,2', '1,2,3,4', ',,', '-181,91,-5', '20.9,42.6,7.5,', '0,0,0'],
  view: ['table', 'reader', 'map', 'TABLE', '<b>x</b>', '__proto__', ''],
  doc: ['fco-2004', 'commons-2002', '__proto__', 'constructor', 'fco-2004 ', 'x'],
  para: ['p9', 'a1', 'heading', 'intro', '__proto__', 'p999', ''],
  story: ['0', '1', '2', '7', '999', '1000', '-1', '1.5', '1e400'],
  embed: ['', '0', 'false', 'no', 'frame-a', 'x'.repeat(300)],
};
const KNOWN_PARAMS = Object.keys(BY_PARAM);
/** Every hostile value, for any parameter. */
export const HOSTILE = [...SCRIPT, ...UNICODE, ...PERCENT, ...NUMBERS, ...NAMES, ...LONG];

export interface HostileQuery {
  /** The query string, without "?". */
  query: string;
  /** True for queries without embed or story, after which the full explorer's search must work. */
  interactive: boolean;
}

/** Encodes a value as a hostile link might: properly, not at all, or with stray escapes. */
function encode(value: string, random: ReturnType<typeof prng>): string {
  const roll = random.next();
  if (roll < 0.5 && !/[\ud800-\udfff]/.test(value.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) return encodeURIComponent(value);
  if (roll < 0.85) return value;
  return `${value}%${random.pick(['', 'G', 'E0', 'zz'])}`;
}

/** `count` queries from `seed`; every 20th is interactive. */
export function hostileQueries(count: number, seed = 65708): HostileQuery[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const interactive = i % 20 === 0;
    const names = interactive ? KNOWN_PARAMS.filter((n) => n !== 'embed' && n !== 'story') : KNOWN_PARAMS;
    const parts: string[] = [];
    for (let p = 1 + random.int(6); p > 0; p--) {
      const roll = random.next();
      const name = roll < 0.85 ? random.pick(names) : roll < 0.95 ? `x${random.int(1000)}` : random.pick(SCRIPT);
      const value = random.next() < 0.6 ? random.pick(BY_PARAM[name] ?? HOSTILE) : random.pick(HOSTILE);
      parts.push(`${encode(name, random)}=${encode(value, random)}`);
      // Repeated parameters: the parser takes the first and says so.
      if (random.next() < 0.15) parts.push(`${encodeURIComponent(name)}=${encode(random.pick(HOSTILE), random)}`);
    }
    // A bare "#" would end the query early; keep the fuzz inside the query string.
    const query = parts.join(random.next() < 0.9 ? '&' : random.pick(['&&', ';', '&=&'])).replace(/#/g, '%23');
    return { query: query.slice(0, MAX_QUERY), interactive };
  });
}
