/**
 * A file's name as the user will see it in a save dialog, a viewer's title bar or a download:
 * no folder separators, no characters Windows refuses, no control or text-direction characters
 * (« facture\u202Efdp.exe » would show as « facturexe.pdf »), no Windows device name (« CON »,
 * « nul.pdf » cannot be created there), a reasonable length, and never empty. Accents stay
 * (« relevé-2026.pdf »).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Windows device names, with any extension: the system would open the device, not a file. */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(?:\.|$)/i;
const MAX_LENGTH = 150;

export function safeFileName(name: string): string {
  let cleaned = name.replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  if (RESERVED.test(cleaned)) cleaned = `_${cleaned}`;
  if (cleaned.length <= MAX_LENGTH) return cleaned || 'fichier';
  // Keep the extension when shortening: the system chooses the viewer by it.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}

/** The extensions the system opens each checked type of attachment with; the first is the usual one. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/**
 * An attachment's name as handed to the system: safe, and ending with an extension of the type
 * found in its bytes (a PDF sent as « facture.exe » leaves as « facture.pdf »).
 */
export function attachmentFileName(originalName: string, mime: string): string {
  const cleaned = safeFileName(originalName);
  const allowed = EXTENSIONS[mime];
  if (!allowed?.[0]) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  if (allowed.includes(extension)) return cleaned;
  const stem = dot > 0 ? cleaned.slice(0, dot) : originalName.trim() === '' ? 'fichier' : cleaned;
  return safeFileName(`${stem}.${allowed[0]}`);
}
