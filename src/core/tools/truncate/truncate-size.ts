// truncate's -s SIZE, read as truncate reads it.

/** `-s 0`, `-s 0K`, `--size=0`, and shrinking to zero with `-s <0` or `-s /0`… all empty the file. */
export function emptiesFile(size: string): boolean {
  return /^[<%/]?0+([KMGTPEZYRQ](iB|B)?|[kK]B?)?$/.test(size);
}
