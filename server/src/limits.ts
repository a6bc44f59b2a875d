/**
 * Limits shared by the language server and the CLI. A file above `maxFileSize` bytes (UTF-8) is
 * skipped with a message rather than linted: a pasted 50 MB log must not freeze the editor.
 */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
