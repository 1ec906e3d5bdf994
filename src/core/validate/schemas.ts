/**
 * The validators of the committed schemas in `schemas/` (which editors use too), compiled at build
 * time by `npm run schemas`: one source of truth for both, and no schema compiled at start-up.
 */
export { configValidator, kindValidators } from './generated/validators.js';
