// Injected into the CommonJS shim bundle: import.meta.url for modules that use it (createRequire).
export const guardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
