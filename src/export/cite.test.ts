import { describe, expect, it } from 'vitest';
import { initialState } from '../store/explorer';
import { citeView, viewUrl } from './cite';

const today = new Date(2025, 10, 23, 23, 59);
const kosovo = { ...initialState, selection: 'XK' };

describe('citeView', () => {
  it('links to the current view, replacing the page’s old query and hash', () => {
    const { url } = citeView(kosovo, 'https://example.org/explorer/index.html?select=MD#x', today);
    expect(url).toBe('https://example.org/explorer/index.html?select=XK');
  });

  it('keeps a file:// page’s path, whose origin is "null"', () => {
    expect(viewUrl(kosovo, 'file:///home/me/balkan-routes-explorer.html')).toBe('file:///home/me/balkan-routes-explorer.html?select=XK');
  });

  it('gives the overview a bare link', () => {
    expect(viewUrl(initialState, 'https://example.org/?select=XK')).toBe('https://example.org/');
  });

  it('cites both documents by their references as given, with the accessed date and the licence', () => {
    const { text } = citeView({ ...kosovo, year: 2002 }, 'https://example.org/', today);
    expect(text).toBe(
      [
        'Balkan Routes Explorer: Kosovo. https://example.org/?select=XK&year=2002 (accessed 23 November 2025).',
        '',
        'Sources:',
        '“Trafficking of women in the Balkans”, HC Deb 08 July 2002 vol 388 cc741-2W [65708].',
        'Foreign Affairs Committee, Minutes of Evidence, supplementary written evidence from the Foreign and Commonwealth Office, 6 October 2004 (printed 23 February 2005).',
        '',
        'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.',
      ].join('\n'),
    );
  });
});
