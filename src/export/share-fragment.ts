// How a share link marks its fragment: small, so the app can check every page's URL for it.
export const SHARE_FRAGMENT = '#share=';

export const isShareHash = (hash: string) => hash.startsWith(SHARE_FRAGMENT);
