// How long a note's text and a canvas's name may be. Free of zod, for the first paint
// (app/first-paint.ts), which draws nothing the schemas would refuse for these.

export const NOTE_TEXT_MAX = 2000;
export const CANVAS_NAME_MAX = 120;
