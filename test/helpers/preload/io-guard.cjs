// Preloaded (node --require) into a process that must neither write files nor use the network nor
// start processes: each such call is refused and reported on stderr as a line
// `GONGWEN-IO-VIOLATION <api> <first argument>`. Reading files stays allowed.
'use strict';
const fs = require('node:fs');
const MARK = 'GONGWEN-IO-VIOLATION';

function report(api, args) {
  const first = args[0] === undefined ? '' : typeof args[0] === 'string' ? args[0] : (() => {
    try {
      return JSON.stringify(args[0]) ?? String(args[0]);
    } catch {
      return String(args[0]);
    }
  })();
  process.stderr.write(`${MARK} ${api} ${first}\n`);
  const error = new Error(`${api} is not allowed here`);
  error.code = 'EACCES';
  return error;
}

function refuse(target, name, label, allowed = () => false) {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (...args) {
    if (allowed(args)) return original.apply(this, args);
    const error = report(label, args);
    // Callback APIs report through the callback, as a failed call would.
    const callback = args[args.length - 1];
    if (typeof callback === 'function' && !name.endsWith('Sync') && target !== fs.promises) {
      process.nextTick(callback, error);
      return undefined;
    }
    if (target === fs.promises) return Promise.reject(error);
    throw error;
  };
}

const { O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND } = fs.constants;
function readOnly(flags) {
  if (flags === undefined || flags === null) return true;
  if (typeof flags === 'number') return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) === 0;
  return !/[wa+]/.test(String(flags));
}

const WRITES = ['writeFile', 'appendFile', 'rename', 'unlink', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'ftruncate', 'chmod', 'fchmod', 'lchmod', 'chown', 'fchown', 'lchown', 'utimes', 'futimes', 'lutimes'];
for (const name of WRITES) {
  refuse(fs, name, `fs.${name}`);
  refuse(fs, `${name}Sync`, `fs.${name}Sync`);
  refuse(fs.promises, name, `fs.promises.${name}`);
}
refuse(fs, 'createWriteStream', 'fs.createWriteStream');
// Writing to an open descriptor: only stdout and stderr.
for (const name of ['write', 'writeSync', 'writev', 'writevSync']) refuse(fs, name, `fs.${name}`, (args) => args[0] === 1 || args[0] === 2);
refuse(fs, 'open', 'fs.open', (args) => readOnly(typeof args[1] === 'function' ? undefined : args[1]));
refuse(fs, 'openSync', 'fs.openSync', (args) => readOnly(args[1]));
refuse(fs.promises, 'open', 'fs.promises.open', (args) => readOnly(args[1]));

const net = require('node:net');
refuse(net.Socket.prototype, 'connect', 'net.Socket.connect');
for (const name of ['createServer', 'connect', 'createConnection']) refuse(net, name, `net.${name}`);
refuse(require('node:tls'), 'connect', 'tls.connect');
for (const module of ['http', 'https']) {
  for (const name of ['request', 'get', 'createServer']) refuse(require(`node:${module}`), name, `${module}.${name}`);
}
refuse(require('node:http2'), 'connect', 'http2.connect');
refuse(require('node:http2'), 'createServer', 'http2.createServer');
refuse(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  refuse(dns, name, `dns.${name}`);
  refuse(dns.promises, name, `dns.promises.${name}`);
}
if (typeof globalThis.fetch === 'function') refuse(globalThis, 'fetch', 'fetch');

const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) refuse(childProcess, name, `child_process.${name}`);
const workers = require('node:worker_threads');
refuse(workers, 'Worker', 'worker_threads.Worker');

process.stderr.write('GONGWEN-IO-GUARD ready\n');
