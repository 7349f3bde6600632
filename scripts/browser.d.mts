export function findChromium(): { path: string | undefined; own: boolean } | null;
