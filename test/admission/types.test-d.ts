// Type tests for the admission API (checked by `tsc -p tsconfig.json`).
import { expectTypeOf } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import type { AdmissionOptions, AdmissionReview, AuthorizationAttributes, DiscoveryAnswer, PluginName } from '../../src/index.js';

expectTypeOf(handleValidation).parameter(0).toEqualTypeOf<unknown>();
expectTypeOf(handleValidation).returns.toEqualTypeOf<Promise<AdmissionReview>>();
expectTypeOf(handleMutation).returns.toEqualTypeOf<Promise<AdmissionReview>>();
expectTypeOf<PluginName>().toEqualTypeOf<'identity' | 'approval' | 'validation' | 'defaults'>();

// authorize and discover may be synchronous or asynchronous.
expectTypeOf<{ authorize: (a: AuthorizationAttributes) => boolean }>().toExtend<AdmissionOptions>();
expectTypeOf<{ authorize: (a: AuthorizationAttributes) => Promise<boolean> }>().toExtend<AdmissionOptions>();
expectTypeOf<{ discover: () => { resource: string; namespaced: boolean } }>().toExtend<AdmissionOptions>();
expectTypeOf<{ discover: () => Promise<undefined> }>().toExtend<AdmissionOptions>();
expectTypeOf<null>().toExtend<DiscoveryAnswer>();
// @ts-expect-error: plugin names are checked
const wrong: AdmissionOptions = { plugins: ['resourcevalidation'] };
void wrong;

// The answer: uid, allowed and status always; the patch only on mutation answers.
expectTypeOf<AdmissionReview['response']['uid']>().toEqualTypeOf<string>();
expectTypeOf<AdmissionReview['response']['status']['code']>().toEqualTypeOf<number>();
expectTypeOf<AdmissionReview['response']['patchType']>().toEqualTypeOf<'JSONPatch' | undefined>();
