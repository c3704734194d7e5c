/** Markdown that survives any catalogue text: escaping for running text and table cells. */

/** Escapes what would turn plain text into markup (emphasis, links, HTML, code). */
export function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** A table cell: escaped, on one line, pipes escaped. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|');
}

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(mdCell)), line(header.map(() => '---')), ...rows.map((r) => line(r))].join('\n');
}

/** "[1][3]" after a statement; empty when nothing is cited. */
export function mdCites(cites: number[]): string {
  return cites.map((n) => `[${n}]`).join('');
}

/** An address as an autolink, so it stays clickable and is never read as markup. */
export function mdUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}
