// A strict RFC 4180 reader for checking CSV exports (src/export/csv.test.ts, tests/export.spec.ts),
// written apart from the writer so the tests do not trust its rules. Throws on anything malformed.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) throw new Error('unterminated quoted field');
        value += text.slice(at, close);
        at = close + 1;
        if (text[at] !== '"') break;
        value += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      value = end < 0 ? text.slice(at) : text.slice(at, at + end);
      at += value.length;
      if (text[at] === '"') throw new Error(`bare quote in an unquoted field at ${at}`);
    }
    row.push(value);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else if (at < text.length) throw new Error(`expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
