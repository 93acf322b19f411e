import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS, RECORDS, recordsPhrase } from './vocab';

describe('how the ledes count the sources', () => {
  it('follows the document list', () => {
    expect(DOCUMENT_IDS).toHaveLength(2);
    expect(RECORDS).toBe('two UK parliamentary records');
  });

  it('reads for one, three or many documents', () => {
    expect(recordsPhrase(1)).toBe('one UK parliamentary record');
    expect(recordsPhrase(3)).toBe('three UK parliamentary records');
    expect(recordsPhrase(12)).toBe('12 UK parliamentary records');
  });
});
