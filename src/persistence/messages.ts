// What persistence tells the user, shared by the session and the engine.

export const NEWER_TAB_MESSAGE =
  'A newer version of Ninefold is open in another tab. Reload this tab to keep editing: it changes nothing until then, so it cannot write older-shaped data over the newer.';
