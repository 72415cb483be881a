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
/* Smart detection's marks: lighter than a norm's flag, and no severity colour. */
[data-sansi-span] { position: absolute; pointer-events: none; }
[data-sansi-span] > i { position: absolute; border-bottom: 2px dotted #7c3aed; background: rgb(124 58 237 / 0.07); }
`;

// The card and the pause dialog: Sansi's own small UI, in the page but styled from here only.
// Every length is a multiple of --s: the demo's presentation mode sets --sansi-scale (1.5) on
// its root, which reaches into the shadow root as custom properties do, and the card and the
// dialog grow with the rest of the demo. A page can't blow them up: the factor is kept to 1–2.
// Colours are custom properties, swapped for the dark scheme; every pair passes WCAG AA.
export const uiCss = `
.ui {
  --s: clamp(1, var(--sansi-scale, 1), 2);
  --bg: #fff; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --soft: #f3f4f6;
  --button: #f9fafb; --button-ink: #111827; --primary: #2563eb; --primary-ink: #fff; --focus: #2563eb;
  --mark: #15803d; --chosen: #eff6ff;
  --nudge: #f5f3ff; --nudge-line: #ddd6fe;
  position: fixed; top: 0; left: 0; width: 0; height: 0;
  font: calc(14px * var(--s)) / 1.45 system-ui, 'Noto Sans CJK SC', sans-serif; color: var(--ink);
}
/* Chinese in a Chinese font first: a Latin system font has narrow glyphs for full-width
   punctuation (？：), and the title read "再想一想?". English stays in the system font. */
.ui:lang(zh), .ui [lang|="zh"] { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
.ui [lang="en"] { font-family: system-ui, sans-serif; }
@media (prefers-color-scheme: dark) {
  .ui {
    --bg: #1f2937; --ink: #f3f4f6; --muted: #cbd5e1; --line: #4b5563; --soft: #111827;
    --button: #374151; --button-ink: #f9fafb; --primary: #3b82f6; --primary-ink: #0b1120; --focus: #93c5fd;
    --mark: #4ade80; --chosen: #1e3a8a;
    --nudge: #2e1065; --nudge-line: #5b21b6;
  }
}
.card {
  position: fixed; width: calc(320px * var(--s)); max-width: calc(100vw - 12px); box-sizing: border-box; overflow-y: auto;
  padding: calc(12px * var(--s)) calc(14px * var(--s)); pointer-events: auto;
  background: var(--bg); color: var(--ink); border: 1px solid var(--line); border-radius: calc(10px * var(--s));
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.28);
}
.card h2, .dialog h2 { margin: 0 0 calc(6px * var(--s)); font-size: calc(15px * var(--s)); }
.dialog h2 { font-size: calc(17px * var(--s)); }
.card .sev { font-weight: normal; color: var(--muted); margin-inline-start: calc(6px * var(--s)); font-size: calc(13px * var(--s)); }
.card p, .dialog p { margin: calc(4px * var(--s)) 0; }
.card .label, .card .keys { color: var(--muted); font-size: calc(12px * var(--s)); margin-top: calc(6px * var(--s)); }
/* The new words: underlined, so a whole sentence rewritten still reads as text. */
mark { background: none; color: inherit; text-decoration: underline 2px var(--mark); text-underline-offset: 0.2em; }
.card .preview { padding: calc(6px * var(--s)) calc(8px * var(--s)); background: var(--soft); border-radius: calc(6px * var(--s)); }
.choices { display: flex; flex-direction: column; gap: calc(3px * var(--s)); }
button.choice {
  text-align: start; width: 100%; padding: calc(3px * var(--s)) calc(8px * var(--s)) calc(3px * var(--s)) calc(28px * var(--s));
  position: relative; background: var(--soft); border-color: transparent; color: var(--ink);
}
button.choice::before {
  content: ''; position: absolute; left: calc(9px * var(--s)); top: calc(3px * var(--s) + (1.45em - 10px * var(--s)) / 2);
  width: calc(10px * var(--s)); height: calc(10px * var(--s)); border-radius: 50%; border: 2px solid var(--muted); box-sizing: border-box;
}
button.choice[aria-checked="true"] { background: var(--chosen); border-color: var(--primary); }
button.choice[aria-checked="true"]::before { border-color: var(--primary); background: radial-gradient(var(--primary) 45%, transparent 50%); }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.actions { display: flex; gap: calc(8px * var(--s)); margin-top: calc(10px * var(--s)); flex-wrap: wrap; }
button {
  font: inherit; padding: calc(5px * var(--s)) calc(12px * var(--s)); border-radius: calc(6px * var(--s)); cursor: pointer;
  border: 1px solid var(--line); background: var(--button); color: var(--button-ink);
}
button.primary { background: var(--primary); border-color: var(--primary); color: var(--primary-ink); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgb(0 0 0 / 0.45); pointer-events: auto; }
.dialog {
  position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(calc(460px * var(--s)), 92vw);
  max-height: 90vh; overflow: auto; box-sizing: border-box; padding: calc(18px * var(--s)) calc(20px * var(--s));
  background: var(--bg); color: var(--ink); border: 1px solid var(--line); border-radius: calc(12px * var(--s)); pointer-events: auto;
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.4);
}
.dialog ul { margin: calc(8px * var(--s)) 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: calc(8px * var(--s)); }
.dialog li { padding: calc(8px * var(--s)) calc(10px * var(--s)); background: var(--soft); border-radius: calc(8px * var(--s)); }
.dialog li p { margin: 0 0 calc(2px * var(--s)); }
.dialog .word { font-weight: 600; }
.dialog .instead { color: var(--ink); }
.dialog .instead span { font-weight: 600; }
.dialog button.show { padding: calc(2px * var(--s)) calc(10px * var(--s)); font-size: calc(13px * var(--s)); margin-top: calc(4px * var(--s)); }
.nudge {
  position: fixed; max-width: min(460px, 90vw); box-sizing: border-box; padding: 6px 10px; pointer-events: auto;
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; font-size: 13px; color: var(--ink);
  background: var(--nudge); border: 1px solid var(--nudge-line); border-radius: 8px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
}
.nudge[hidden] { display: none; }
.nudge p { margin: 0; }
.nudge .note { flex-basis: 100%; color: var(--muted); font-size: 12px; }
.nudge button { padding: 2px 10px; font-size: 12px; }
`;
