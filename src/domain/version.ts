// Free of zod, for the first paint (app/first-paint.ts), which draws only rows of this version.

/** Version of the canvas document shape written by this build. */
export const CURRENT_VERSION = 4;
