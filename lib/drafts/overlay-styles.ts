// Styles of the in-page overlay. They live inside its shadow root, so the page's CSS can't
// reach them and they can't reach the page.
export const overlayCss = `
:host { all: initial; }
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
`;
