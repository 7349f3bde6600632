// A canvas in a link: the export file, deflated and base64url-encoded into the URL fragment,
// which browsers never send to a server.
import { bytesToBase64 } from './envelope';
import { IMPORT_MAX_BYTES } from './import-reader';
import { SHARE_FRAGMENT } from './share-fragment';

/** Longer links break in chat apps and mail clients; past this, the JSON file is the way. */
export const SHARE_LINK_MAX = 60_000;

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return stream;
}

function toBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function compress(text: string): Promise<string> {
  const stream = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The link for an export file's text, or null when it would be too long to share. */
export async function shareLink(exportText: string, base: string): Promise<string | null> {
  const link = `${base}${SHARE_FRAGMENT}${await compress(exportText)}`;
  return link.length > SHARE_LINK_MAX ? null : link;
}

/** The length of a share fragment for this text (to say how far over the limit it is). */
export async function compressedLength(exportText: string): Promise<number> {
  return SHARE_FRAGMENT.length + (await compress(exportText)).length;
}

/** The export text a share fragment carries; null when it is not one, or is broken. */
export async function readShareFragment(hash: string): Promise<string | null> {
  if (!hash.startsWith(SHARE_FRAGMENT)) return null;
  const data = hash.slice(SHARE_FRAGMENT.length);
  if (data.length > SHARE_LINK_MAX) return null;
  const bytes = fromBase64Url(data);
  if (!bytes) return null;
  try {
    const stream = await pipe(bytes, new DecompressionStream('deflate-raw'));
    // Read chunk by chunk: a small link must not inflate into gigabytes.
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > IMPORT_MAX_BYTES) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await new Blob(chunks as BlobPart[]).arrayBuffer(),
    );
  } catch {
    return null;
  }
}
