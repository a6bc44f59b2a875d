import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onPath } from '../../server/src/node/on-path.js';

/** Why the LibreOffice tests are skipped, or false when soffice is on the PATH (test/setup-libreoffice.mjs installs it where it can). */
export const NO_LIBREOFFICE = !onPath('soffice') && 'LibreOffice (soffice) is not installed';

/**
 * A Basic macro that LibreOffice runs headless: open the document hidden, accept (or reject) all
 * tracked changes through the dispatcher as the Edit › Track Changes menu does, export it as
 * UTF-8 text. On any error it still quits, so the test fails instead of hanging on a dialog.
 */
const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Export(inUrl As String, outUrl As String, command As String)
  On Error GoTo Done
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot; : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  If command &lt;&gt; &quot;&quot; Then
    dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
    dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, &quot;&quot;, 0, Array())
  End If
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot; : store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot; : store(1).Value = &quot;UTF8,LF&quot;
  doc.storeToURL(outUrl, store())
  doc.close(True)
Done:
  StarDesktop.terminate()
End Sub
</script:module>
`;

const COMMANDS = { accept: '.uno:AcceptAllTrackedChanges', reject: '.uno:RejectAllTrackedChanges', none: '' } as const;

/**
 * The text LibreOffice gives for `docx` after accepting all its tracked changes (or rejecting them,
 * or neither), one line a paragraph. Runs soffice headless with a profile of its own in a
 * temporary folder, removed afterwards: once to create the profile, once to run the macro.
 */
export function textAfterTrackedChanges(docx: Uint8Array, changes: keyof typeof COMMANDS): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-accept-'));
  try {
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    const soffice = (args: string[]) => {
      const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
    };
    soffice(['--headless', '--norestore', profile, '--terminate_after_init']);
    const basic = join(dir, 'profile/user/basic/Standard');
    mkdirSync(basic, { recursive: true });
    writeFileSync(join(basic, 'Module1.xba'), MODULE);
    const input = join(dir, 'copy.docx');
    const output = join(dir, 'copy.txt');
    writeFileSync(input, docx);
    soffice(['--headless', '--norestore', profile, `macro:///Standard.Module1.Export("${pathToFileURL(input).href}","${pathToFileURL(output).href}","${COMMANDS[changes]}")`]);
    return readFileSync(output, 'utf8').replace(/^\uFEFF/, '').replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `docx` saved by LibreOffice as Word 97–2003 (.doc), as a writer's old draft would be. */
export function saveAsDoc(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-doc-'));
  try {
    writeFileSync(join(dir, 'draft.docx'), docx);
    const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'doc', '--outdir', join(dir, 'out'), join(dir, 'draft.docx')];
    const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
    return readFileSync(join(dir, 'out/draft.doc'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
