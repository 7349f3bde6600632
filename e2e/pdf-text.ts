// Reads a PDF's text, page by page, with pdf.js: what a reader would select and search.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  /** Text items joined with spaces. */
  text: string;
  width: number;
  height: number;
  /** How many images the page draws. */
  images: number;
}

export async function readPdf(bytes: Buffer): Promise<PdfPageText[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    const [, , width, height] = page.view as [number, number, number, number];
    const operators = await page.getOperatorList();
    const images = operators.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
    pages.push({ text, width, height, images });
  }
  await pdf.destroy();
  return pages;
}

/** Text with all white space removed: wrapped lines join up, whatever the layout. */
export const squash = (text: string) => text.replace(/\s+/g, '');
