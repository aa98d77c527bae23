import { httpieStylePack } from './httpie.js';

/** xh (and xhs): httpie's request syntax, with `--bearer TOKEN`. */
export const xhPack = httpieStylePack('xh', ['xh', 'xhs'], ['--bearer', 'x']);
