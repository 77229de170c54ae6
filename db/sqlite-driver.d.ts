/**
 * better-sqlite3-multiple-ciphers ships its types, but its "exports" map does not lead to them
 * (and a tsconfig `paths` entry would make tsx load the .d.ts at run time). Its API is
 * better-sqlite3's, whose types (@types/better-sqlite3) describe it; the ciphers are set with
 * pragmas (db/cipher.ts), which those types cover.
 */
declare module 'better-sqlite3-multiple-ciphers' {
  import BetterSqlite3 from 'better-sqlite3';
  export = BetterSqlite3;
}
