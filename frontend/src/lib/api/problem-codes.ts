import type { components } from './schema';

/**
 * Every stable `code` a problem+json answer may carry, generated from openapi.yaml (the backend's
 * ProblemCode enum): a code the API drops or renames breaks the type check, not the user's screen.
 */
export type ProblemCode = components['schemas']['Problem']['code'];
