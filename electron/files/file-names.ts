/**
 * A produced file's name as the user will see it in a save dialog, a viewer's title bar or a
 * download: no folder separators, no characters Windows refuses, no control characters, a
 * reasonable length, and never empty. Accents stay (« relevé-2026.pdf »).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_LENGTH = 150;

export function safeFileName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned.length <= MAX_LENGTH) return cleaned || 'fichier';
  // Keep the extension when shortening: the system chooses the viewer by it.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}
