/**
 * The page may run only its own scripts and styles, talk to nothing but itself, and embed no
 * frames. Mantine injects style tags at run time, hence 'unsafe-inline' for styles only.
 * Images may be data: URLs (the association's logo is sent that way).
 */
export function contentSecurityPolicy(
  options: { allowLoopbackApi?: boolean; forMetaTag?: boolean } = {},
): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${options.allowLoopbackApi ? "'self'" : "'none'"}`,
    'frame-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  // Browsers ignore (and warn about) frame-ancestors in a <meta> policy.
  return (options.forMetaTag ? directives.filter((d) => !d.startsWith('frame-ancestors')) : directives).join(
    '; ',
  );
}
