/**
 * French typography of a text shown on screen: the space inside « » and before : ; ! ? never
 * breaks, whether the text was written with a plain space or not (messages of the main process
 * are written with plain spaces and spaced at display).
 */
export function frenchSpacing(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
}
