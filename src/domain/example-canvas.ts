// The original "New from example" canvas (Clearview Analytics, a B2B SaaS with three segments),
// kept for existing imports. Every example, this one included, lives in ./examples; this file
// imports only Clearview, so that a static import of it does not put all five in the bundle.
import type { CanvasDoc } from './canvas.schema';
import { buildFromSpec, type ExampleParams } from './examples/build';
import { CLEARVIEW } from './examples/clearview';

export const EXAMPLE_CANVAS_NAME = CLEARVIEW.name;

export function exampleCanvas(params: ExampleParams): CanvasDoc {
  return buildFromSpec(CLEARVIEW, params);
}
