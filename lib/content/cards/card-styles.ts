/**
 * The card's and the chip's CSS, applied inside their shadow root only. `all: initial` on the host
 * stops the page's inherited styles (fonts, colours, line height) at the border; nothing here can
 * reach the page. The host is a layer over the viewport, above everything, that lets the pointer
 * through; only the card and the chip take pointer events.
 */
/** The dark palette: for the dark theme, and for the system theme when the system is dark. */
const DARK_VARS = `
  --bg: #1f2126;
  --fg: #eceef2;
  --muted: #a4a9b3;
  --line: #3a3d45;
  --soft: #2a2d33;
  --accent: #ff5a6e;
  --accent-fg: #1f2126;
  --accent-soft: #3c2428;
  --closest: #6fd49c;
  --closest-bg: #1d3a2a;
  --partial: #f2c26b;
  --partial-bg: #3d3220;
  --related: #c1c5cd;
  --related-bg: #33363d;
  --focus: #8ab4ff;
  --shadow: 0 14px 36px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3);
`;

export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  /* A layer over the viewport that takes no pointer (the card and chip inside take theirs) and
     holds its layout and paint to itself: a card shown, moved or closed lays out and repaints
     only itself, never the page under it, where one layout of a long feed costs milliseconds. */
  contain: strict !important;
  z-index: 2147483647 !important;
  display: block !important;
  pointer-events: none !important;
}
.lens {
  --bg: #ffffff;
  --fg: #1c1d21;
  --muted: #5c6068;
  --line: #e2e3e8;
  --soft: #f4f5f7;
  --accent: #c8102e;
  --accent-fg: #ffffff;
  --accent-soft: #fdecef;
  --closest: #0d7a43;
  --closest-bg: #e3f4ea;
  --partial: #8a5a00;
  --partial-bg: #fbf0d9;
  --related: #545861;
  --related-bg: #eceef2;
  --focus: #1a66d2;
  --shadow: 0 14px 36px rgba(16, 18, 24, 0.18), 0 2px 6px rgba(16, 18, 24, 0.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg);
  text-align: left;
  -webkit-font-smoothing: antialiased;
}
.lens[data-theme="dark"] {${DARK_VARS}}
@media (prefers-color-scheme: dark) {
  .lens[data-theme="system"] {${DARK_VARS}}
}
*, *::before, *::after { box-sizing: border-box; }
p, h2, h3, ul, li { margin: 0; padding: 0; }
ul { list-style: none; }
button {
  font: inherit;
  color: inherit;
  cursor: pointer;
  border: 0;
  background: none;
  margin: 0;
}
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.card {
  /* In the host's flow, at its top-left corner (the viewport's: the announcer and the chip beside
     it are out of flow, so nothing comes before it), and placed by a transform: a card
     that is out of flow (fixed or absolute) makes the browser lay out the whole page each time it
     is added or removed, even inside this contained host (8 ms a card on a 15 000-post feed);
     in flow, only the host is laid out (1 to 3 ms), and a transform moves it without any layout.
     It appears without a fade for the same reason: the fade's frames (about seven) each walked
     the page's paint tree on the main thread. */
  display: block;
  width: 344px;
  max-width: calc(100vw - 16px);
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px 12px;
  background: var(--bg);
  border: 1px solid var(--line);
  border-radius: 12px;
  box-shadow: var(--shadow);
  pointer-events: auto;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.top { display: flex; align-items: center; justify-content: space-between; margin-bottom: 4px; }
.brand { display: flex; align-items: center; gap: 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--accent); }
.close {
  width: 24px;
  height: 24px;
  margin: -4px -6px 0 0;
  border-radius: 6px;
  color: var(--muted);
  font-size: 18px;
  line-height: 24px;
  text-align: center;
}
.close:hover { background: var(--soft); color: var(--fg); }
h2 { font-size: 16px; line-height: 1.3; font-weight: 650; }
.hanzi { font-weight: 400; color: var(--muted); margin-left: 6px; }
.summary { margin-top: 2px; color: var(--muted); }
h3 {
  margin: 12px 0 6px;
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--muted);
}
.eq { display: flex; align-items: baseline; gap: 8px; padding: 5px 0; border-top: 1px solid var(--line); }
.eq:first-child { border-top: 0; padding-top: 0; }
.eq-name { flex: 1 1 auto; min-width: 0; }
.eq-name b { font-weight: 600; }
.eq-name .hanzi { margin-left: 4px; }
.pinyin { margin-left: 6px; font-size: 12px; color: var(--muted); white-space: nowrap; }
.fit {
  flex: none;
  font-size: 11px;
  font-weight: 600;
  padding: 1px 7px;
  border-radius: 999px;
  white-space: nowrap;
}
.fit-closest { color: var(--closest); background: var(--closest-bg); }
.fit-partial { color: var(--partial); background: var(--partial-bg); }
.fit-related { color: var(--related); background: var(--related-bg); }
.historical { color: var(--muted); background: var(--soft); }
.more-count, .none { color: var(--muted); font-size: 12px; padding-top: 4px; }
.diff { margin-top: 10px; padding: 8px 10px; border-radius: 8px; background: var(--soft); }
.diff-head { font-weight: 600; margin-bottom: 2px; }
.diff p + p { margin-top: 2px; }
.who { font-weight: 600; margin-right: 4px; }
.figure { margin-top: 8px; color: var(--muted); font-size: 12px; }
/* Stays in view when a short window makes the card scroll inside. */
.foot {
  position: sticky;
  bottom: -12px;
  display: flex;
  justify-content: flex-end;
  margin: 10px -14px -12px;
  padding: 8px 14px 12px;
  background: var(--bg);
}
.more {
  padding: 5px 14px;
  border-radius: 8px;
  background: var(--accent);
  color: var(--accent-fg);
  font-weight: 600;
}
.more:hover { filter: brightness(1.08); }
.chip {
  position: fixed;
  left: 16px;
  bottom: 16px;
  display: flex;
  align-items: center;
  gap: 6px;
  max-width: calc(100vw - 32px);
  padding: 6px 12px 6px 8px;
  border: 1px solid var(--line);
  border-radius: 999px;
  background: var(--bg);
  box-shadow: var(--shadow);
  font-size: 12px;
  pointer-events: auto;
  white-space: nowrap;
}
.icon { flex: none; display: block; }
.sr {
  position: fixed;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;
