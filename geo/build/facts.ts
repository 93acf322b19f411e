import { facts } from '../../src/data/factBase';

export const { places, routes } = facts;
export { placeById, yearOf } from '../../src/data/queries';
export { rolesOf } from '../../src/data/roles';
