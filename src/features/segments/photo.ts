// Persona photos: checked, decoded and resized in the browser before they are stored, so a 12 MB
// camera picture becomes a small square-ish image, and anything that is not an image is refused.

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** The longest side of a stored photo, in pixels. */
export const PHOTO_MAX_SIDE = 480;

export class PhotoError extends Error {}

export interface PreparedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

/** Checks, decodes and shrinks an uploaded file; throws a PhotoError with a message for people. */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
    throw new PhotoError(
      `“${file.name}” is not a PNG, JPEG or WebP image. Choose a photo in one of those formats.`,
    );
  }
  if (file.size > PHOTO_MAX_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new PhotoError(
      `“${file.name}” is ${mb} MB; photos can be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB. Choose a smaller one.`,
    );
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError(`“${file.name}” could not be read as an image. It may be damaged.`);
  }
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError('This browser could not process the photo.');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/webp', 0.85),
  );
  if (!blob) throw new PhotoError('This browser could not process the photo.');
  return { blob, width, height };
}
