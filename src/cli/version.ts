declare const __CMAPI_VERSION__: string | undefined;

/** The package version, set by the build (scripts/build.mjs); `0.0.0-dev` when run from source. */
export const VERSION: string = typeof __CMAPI_VERSION__ === 'string' ? __CMAPI_VERSION__ : '0.0.0-dev';
