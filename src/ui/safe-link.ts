// Links from user text or imported data: only http:, https: and mailto: ever become links.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The href for a text that is a safe link ("https://…", "mailto:…"); null for anything else. */
export function safeHref(text: string): string | null {
  const trimmed = text.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed) || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** What every such link carries: a new tab that cannot reach back into this one. */
export const SAFE_LINK_PROPS = { target: '_blank', rel: 'noopener noreferrer' } as const;
