/** Challenge rules (spec/validation.md §6): the spec may not change after creation. */
import { fe, withRule } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { field } from '../../util/json.js';
import { goDeepEqual, type Shape } from '../helpers/deep-equal.js';
import type { KindValidator } from '../types.js';
import { SOLVER_SHAPE } from './solver-shape.js';

/**
 * The Go type of a Challenge spec, as far as H-DEEPEQUAL needs it. The solver and issuerRef are
 * value structs (absent equals `{}`); the solver's own fields are described in solver-shape.ts.
 */
const SPEC_SHAPE: Shape = {
  struct: {
    url: 'scalar',
    authorizationURL: 'scalar',
    dnsName: 'scalar',
    wildcard: 'scalar',
    type: 'scalar',
    token: 'scalar',
    key: 'scalar',
    solver: SOLVER_SHAPE,
    issuerRef: { struct: { name: 'scalar', kind: 'scalar', group: 'scalar' }, pointer: false, closed: true },
  },
  pointer: false,
  closed: true,
};

/** Validates a v1 Challenge: on UPDATE with an old object, CHAL-SPEC-IMMUTABLE. */
export const validateChallenge: KindValidator = (object, ctx) => {
  const old = ctx.oldObject;
  if (ctx.operation !== 'UPDATE' || old === undefined) return { errors: [], warnings: [] };
  // CHAL-SPEC-IMMUTABLE
  if (goDeepEqual(field(old, 'spec'), field(object, 'spec'), SPEC_SHAPE)) return { errors: [], warnings: [] };
  return {
    errors: [withRule('CHAL-SPEC-IMMUTABLE', fe.forbidden(Path.root('spec'), 'challenge spec is immutable after creation'))],
    warnings: [],
  };
};
