import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

/** A salted scrypt hash for the user config; the passphrase itself is never stored. */
export function hashPassphrase(passphrase: string, salt = randomBytes(16).toString('hex')): { salt: string; hash: string } {
  return { salt, hash: scryptSync(passphrase, salt, KEY_LENGTH).toString('hex') };
}

export function verifyPassphrase(passphrase: string, stored: { salt: string; hash: string }): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  if (expected.length !== KEY_LENGTH) return false;
  return timingSafeEqual(scryptSync(passphrase, stored.salt, KEY_LENGTH), expected);
}
