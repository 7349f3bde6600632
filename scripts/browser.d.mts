export const SYSTEM_CHROMIUM_ARGS: string[];
export function findChromium(): { path: string | undefined; own: boolean } | null;
