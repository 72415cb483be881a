// Styles of the in-page overlay. They live inside its shadow root, so the page's CSS can't
// reach them and they can't reach the page.
export const overlayCss = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.layer { position: fixed; overflow: hidden; pointer-events: none; }
.scratch { position: fixed; top: 0; left: 0; visibility: hidden; pointer-events: none; }
[data-sansi-flag] { position: absolute; pointer-events: none; }
[data-sansi-flag] > i {
  position: absolute;
  border-bottom: 2px solid var(--flag-color);
  background: color-mix(in srgb, var(--flag-color) 14%, transparent);
  border-radius: 2px;
}
[data-severity="1"] { --flag-color: #d97706; }
[data-severity="2"] { --flag-color: #dc2626; }
[data-severity="3"] { --flag-color: #9f1239; }
/* Smart detection's marks (issue 9): lighter than a norm's flag, and no severity colour. */
[data-sansi-span] { position: absolute; pointer-events: none; }
[data-sansi-span] > i { position: absolute; border-bottom: 2px dotted #7c3aed; background: rgb(124 58 237 / 0.07); }
`;

// The card and the pause dialog: Sansi's own small UI, in the page but styled from here only.
export const uiCss = `
.ui { position: fixed; top: 0; left: 0; width: 0; height: 0; font: 14px/1.45 system-ui, 'Noto Sans CJK SC', sans-serif; color: #1f2937; }
.card {
  position: fixed; width: 300px; box-sizing: border-box; padding: 12px 14px; pointer-events: auto;
  background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
}
.card h2, .dialog h2 { margin: 0 0 6px; font-size: 15px; }
.card .sev { font-weight: normal; color: #6b7280; margin-inline-start: 6px; font-size: 13px; }
.card p { margin: 4px 0; }
.card .label { color: #6b7280; font-size: 12px; margin-top: 8px; }
.card .keys { color: #6b7280; font-size: 12px; margin-top: 8px; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button {
  font: inherit; padding: 5px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d1d5db; background: #f9fafb; color: #111827;
}
button.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
button:focus-visible { outline: 3px solid #93c5fd; outline-offset: 1px; }
.backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgb(0 0 0 / 0.35); pointer-events: auto; }
.dialog {
  position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(420px, 90vw);
  box-sizing: border-box; padding: 18px 20px; background: #fff; border-radius: 12px; pointer-events: auto;
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
}
.dialog ul { margin: 8px 0; padding-inline-start: 20px; }
.dialog .word { font-weight: 600; }
.nudge {
  position: fixed; max-width: min(460px, 90vw); box-sizing: border-box; padding: 6px 10px; pointer-events: auto;
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; font-size: 13px;
  background: #f5f3ff; border: 1px solid #ddd6fe; border-radius: 8px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
}
.nudge[hidden] { display: none; }
.nudge p { margin: 0; }
.nudge .note { flex-basis: 100%; color: #6b7280; font-size: 12px; }
.nudge button { padding: 2px 10px; font-size: 12px; }
`;
