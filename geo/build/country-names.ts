import { placeById } from './facts';
import { COUNTRY_BY_NAME, COUNTRY_BY_NUMERIC } from './iso-codes';

const tableNames = new Map([...Object.values(COUNTRY_BY_NUMERIC), ...Object.values(COUNTRY_BY_NAME)].map(({ id, name }) => [id, name]));

/** Today's English name: the fact base's where it has the country, so map and panel agree. */
export function countryName(id: string): string {
  const name = placeById(id)?.name ?? tableNames.get(id);
  if (name === undefined) throw new Error(`No name for country ${id}`);
  return name;
}
