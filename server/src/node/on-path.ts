import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `command` is an executable on the PATH (`soffice`, for LibreOffice). */
export function onPath(command: string, path = process.env['PATH'] ?? ''): boolean {
  const names = process.platform === 'win32' ? [`${command}.exe`, `${command}.com`] : [command];
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        // Not here.
      }
    }
  }
  return false;
}
