// Installs LibreOffice Writer (Debian's libreoffice-writer-nogui) where it is absent and can be
// installed — as root, with apt-get — for the tests in which LibreOffice opens the annotated copies
// (accepting their tracked changes) and converts .doc files. Elsewhere those tests are skipped and
// this says why; it never fails the run. GONGWEN_SKIP_LIBREOFFICE=1 skips the install.
import { spawnSync } from 'node:child_process';

const PACKAGE = 'libreoffice-writer-nogui';
const say = (line) => console.log(`setup-libreoffice: ${line}`);
const found = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function setup() {
  if (found('soffice')) return;
  const skip = (why) => say(`${why}; the LibreOffice tests will be skipped (install it with: sudo apt-get install -y ${PACKAGE})`);
  if (process.env.GONGWEN_SKIP_LIBREOFFICE === '1') return skip('GONGWEN_SKIP_LIBREOFFICE=1');
  if (process.platform !== 'linux' || !found('apt-get')) return skip('LibreOffice is not installed and apt-get is not available');
  if (process.getuid?.() !== 0) return skip('LibreOffice is not installed and this is not root');
  say(`installing ${PACKAGE} with apt-get (a minute or two, once)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // The package lists may be stale or missing on a fresh machine; without a network the install below says so.
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 180_000 });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', PACKAGE], { stdio: 'inherit', env, timeout: 900_000 });
  if (install.status !== 0 || !found('soffice')) return skip(`apt-get install ${PACKAGE} failed (${install.error?.message ?? `exit ${install.status}`})`);
  say(`installed: ${spawnSync('soffice', ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
}

setup();
