import { facts } from '../../src/data/factBase';

export const { places, routes } = facts;
export { placeById } from '../../src/data/queries';
export { rolesOf } from '../../src/data/roles';
