/// <reference types="vite/client" />

/** The app's version (package.json), written into exports. */
declare const __APP_VERSION__: string;
