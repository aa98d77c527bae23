import { cryptoModule } from './lazy-builtins.js';

const KEY_LENGTH = 32;

/** A salted scrypt hash for the user config; the passphrase itself is never stored. */
export function hashPassphrase(
  passphrase: string,
  salt = cryptoModule().randomBytes(16).toString('hex'),
): { salt: string; hash: string } {
  return { salt, hash: cryptoModule().scryptSync(passphrase, salt, KEY_LENGTH).toString('hex') };
}

export function verifyPassphrase(passphrase: string, stored: { salt: string; hash: string }): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  if (expected.length !== KEY_LENGTH) return false;
  const crypto = cryptoModule();
  return crypto.timingSafeEqual(crypto.scryptSync(passphrase, stored.salt, KEY_LENGTH), expected);
}
