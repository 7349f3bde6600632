// Printing puts the canvas on one landscape page: once the print styles apply, the canvas is
// measured and zoomed out just enough to fit the page's height (its width is fixed by the CSS).

/** Printable height of A4 and Letter landscape with the 10 mm margins of the print stylesheet. */
const PRINTABLE_HEIGHT_MM = 190;
const PX_PER_MM = 96 / 25.4;
/** The footer's credit line, printed under the canvas. */
const FOOTER_ALLOWANCE_PX = 28;
/** Rounding between layout and print, so that the credit line never spills onto a second page. */
const SAFETY_PX = 12;

function fitToPage(printing: boolean) {
  const root = document.documentElement;
  root.style.removeProperty('--print-zoom');
  if (!printing) return;
  const page = document.querySelector<HTMLElement>('main.canvas-page');
  if (!page) return;
  // The credit line printed under the canvas, as the print styles lay it out (or an allowance).
  const footer = document.querySelector('.app-footer')?.getBoundingClientRect().height;
  const available = PRINTABLE_HEIGHT_MM * PX_PER_MM - (footer || FOOTER_ALLOWANCE_PX) - SAFETY_PX;
  const height = page.getBoundingClientRect().height;
  if (height <= available) return;
  let zoom = available / height;
  root.style.setProperty('--print-zoom', zoom.toFixed(4));
  // Zoomed, the canvas may not come out exactly that much shorter (notes laid out again, their
  // heights rounded): measured once more, and corrected.
  const zoomed = page.getBoundingClientRect().height;
  if (zoomed > available) {
    zoom *= available / zoomed;
    root.style.setProperty('--print-zoom', zoom.toFixed(4));
  }
}

/** Starts fitting the canvas to the printed page; returns a stop function. */
export function startPrintFit(): () => void {
  const print = window.matchMedia('print');
  const onChange = () => fitToPage(print.matches);
  const onBefore = () => fitToPage(true);
  const onAfter = () => fitToPage(false);
  print.addEventListener('change', onChange);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  return () => {
    print.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
  };
}
