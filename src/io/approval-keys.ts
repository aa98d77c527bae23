// Approvals as signatures: an Ed25519 key pair derived from the human's passphrase with scrypt.
// The public key and salt are pinned in the system policy; the passphrase and private key are
// never stored, so an agent that can write every file of its account still cannot sign.
import type { ApprovalKey } from '../core/config/system-policy-schema.js';
import { cryptoModule } from './lazy-builtins.js';

/** Strong scrypt parameters for new keys: 128 MiB and ~0.3 s per derivation. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 };
/** PKCS#8 DER prefix of an Ed25519 private key, followed by the 32-byte seed (RFC 8410). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

type KeyObject = import('node:crypto').KeyObject;

function derive(
  passphrase: string,
  salt: string,
  params: { N: number; r: number; p: number },
): { privateKey: KeyObject; publicKey: string } {
  const crypto = cryptoModule();
  const seed = crypto.scryptSync(passphrase.normalize('NFC'), Buffer.from(salt, 'hex'), 32, {
    ...params,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  });
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const jwk = crypto.createPublicKey(privateKey).export({ format: 'jwk' }) as { x: string };
  return { privateKey, publicKey: jwk.x };
}

/** A new key line for the system policy: random salt, strong parameters. */
export function newApprovalKey(passphrase: string, params = SCRYPT_PARAMS, label?: string): ApprovalKey {
  const salt = cryptoModule().randomBytes(16).toString('hex');
  return {
    publicKey: derive(passphrase, salt, params).publicKey,
    salt,
    scrypt: { ...params },
    ...(label ? { label } : {}),
  };
}

export interface Signature {
  publicKey: string;
  signature: string;
}

/** Signs `message` with the pinned key this passphrase derives; undefined when it derives none of them. */
export function signWithPassphrase(
  passphrase: string,
  keys: readonly ApprovalKey[],
  message: string,
): Signature | undefined {
  for (const key of keys) {
    const derived = derive(passphrase, key.salt, key.scrypt);
    if (derived.publicKey !== key.publicKey) continue;
    const signature = cryptoModule().sign(null, Buffer.from(message, 'utf8'), derived.privateKey).toString('base64url');
    return { publicKey: key.publicKey, signature };
  }
  return undefined;
}

/** True when `proof` is a valid signature of `message` by one of the pinned keys. */
export function verifySignature(keys: readonly ApprovalKey[], message: string, proof: unknown): boolean {
  if (typeof proof !== 'object' || proof === null) return false;
  const { publicKey, signature } = proof as Partial<Signature>;
  if (typeof publicKey !== 'string' || typeof signature !== 'string') return false;
  if (!keys.some((k) => k.publicKey === publicKey)) return false;
  try {
    const crypto = cryptoModule();
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return crypto.verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
