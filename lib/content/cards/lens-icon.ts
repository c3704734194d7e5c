/** The toolbar icon's lens (public/icon.svg without its glyph), drawn small in the card and chip. */
const SVG = 'http://www.w3.org/2000/svg';

export function lensIcon(doc: Document, size: number): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 128 128');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const parts: [string, Record<string, string>][] = [
    ['rect', { x: '4', y: '4', width: '120', height: '120', rx: '26', fill: '#c8102e' }],
    ['circle', { cx: '56', cy: '56', r: '30', fill: 'none', stroke: '#fff', 'stroke-width': '11' }],
    ['line', { x1: '78', y1: '78', x2: '104', y2: '104', stroke: '#fff', 'stroke-width': '14', 'stroke-linecap': 'round' }],
  ];
  for (const [tag, attrs] of parts) {
    const el = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.append(el);
  }
  return svg;
}
