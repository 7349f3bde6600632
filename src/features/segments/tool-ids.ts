// Fixed ids for the segment tools in the canvas header (a page has one lens and one segment tools
// menu), free of React: the first paint (app/first-paint.ts) draws them before React has loaded.
export const LENS_ID = 'segment-lens';
export const SEGMENT_TOOLS_MENU_ID = 'segment-tools';
