/**
 * The shapes shared by the conversion modules: a spoke converts one kind between one old
 * version and the hub (v1), in place on a private copy.
 */
import type { FieldError } from '../field/field-error.js';
import type { JsonObject } from '../util/json.js';

/**
 * One kind's converters between an old version and v1. Both functions receive a private deep
 * copy they may change, accept any JSON shape without throwing, and copy every field they have
 * no rule for. Neither sets `apiVersion`.
 */
export interface Spoke {
  /** Old version → v1 (upstream's `Convert_<ver>_X_To_certmanager_X`). */
  readonly toHub: (o: JsonObject) => void;
  /** v1 → old version. */
  readonly fromHub: (o: JsonObject) => void;
  /**
   * Renamed fields, as pairs of path patterns `[v1 path, old path]` (`[*]` for list items),
   * used to map validation errors back to the old version's own field names.
   */
  readonly renames: readonly (readonly [string, string])[];
  /**
   * v1 objects the conversion creates from old fields, as `[v1 path, old paths]`: an error on
   * the created object itself names the first of those old fields the source sets.
   */
  readonly created?: readonly (readonly [string, readonly string[]])[];
  /**
   * Path patterns of every object `toHub` or `fromHub` changes (sets or deletes members of):
   * conversion copies these and shares the rest of the object with its input, so a spoke must
   * change nothing else. (Objects a spoke creates, and values it moves, need not be listed.)
   */
  readonly touches: readonly string[];
  /**
   * Whether `fromHub` after `toHub` gives `o` (an object of the old version) back exactly, member
   * order aside. Reads `o` only; false when unsure. Conversion skips its round trip when this
   * holds (convert-one.ts), so it must never say true wrongly (a property test checks).
   */
  readonly oldRoundTrips: (o: JsonObject) => boolean;
  /** {@link Spoke.oldRoundTrips} the other way: `toHub` after `fromHub` gives `o` (a v1 object) back exactly. */
  readonly hubRoundTrips: (o: JsonObject) => boolean;
}

/**
 * The outcome of {@link convert}: the converted object, or the errors that say why there is
 * none. Errors name the field of the input that could not be converted.
 * @public
 */
export interface ConversionResult<O = JsonObject> {
  /** The converted object (absent when `errors` is non-empty). */
  readonly object?: O;
  /** Why the object could not be converted (empty on success). */
  readonly errors: FieldError[];
  /**
   * What the conversion ignored or removed and the caller may want to know: a preservation
   * record that does not match the object it rides on, for example.
   */
  readonly warnings: string[];
}
