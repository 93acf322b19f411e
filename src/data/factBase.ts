import places from './facts/places.json';
import initiatives from './facts/initiatives.json';
import figures from './facts/figures.json';
import routes from './facts/routes.json';
import exclusions from './facts/exclusions.json';
import type { FactBase } from './types';

/** The cited fact base. Its shape and quotes are checked on every import by the build (geo/vite/fact-base.ts) and in validate.test.ts. */
export const facts = { places, initiatives, figures, routes, exclusions } as unknown as FactBase;
