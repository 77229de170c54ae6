/**
 * French typography of a text shown on screen: the space inside « » and before : ; ! ? never
 * breaks, whether the text was written with a plain space or not (messages of the main process
 * are written with plain spaces and spaced at display).
 */
export function frenchSpacing(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
}

/**
 * A computation shown on screen (« … immatriculée AB-123-CD : 2 000,0 km × 0,697 = 1 394,00 € »): French
 * spacing, and neither a plate nor « = amount » cut at the end of a line.
 */
export function computationText(text: string): string {
  return frenchSpacing(text)
    .replace(/\b([A-Z]{2})-(\d{3})-([A-Z]{2})\b/g, '$1\u2011$2\u2011$3')
    .replace(/ = /g, '\u00a0=\u00a0');
}
