import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** Absolute form of a path operand, relative to the command's cwd. */
export function absolutePath(operand: string, ctx: Context): string {
  return posix.resolve(ctx.cwd, operand);
}

export function existsAsFile(operand: string, ctx: Context): boolean {
  return ctx.fs.stat(absolutePath(operand, ctx))?.isFile === true;
}

// Device nodes that are safe to write to.
const HARMLESS_DEVICES = /^\/dev\/(null|zero|full|random|urandom|stdout|stderr|tty|fd\/\d+)$/;

/** A block or character device a write would destroy (disk, partition, mapper volume). */
export function isDestroyableDevice(operand: string, ctx: Context): boolean {
  const abs = absolutePath(operand, ctx);
  return abs.startsWith('/dev/') && !HARMLESS_DEVICES.test(abs);
}
