import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  expandPath,
  hasRequiredRuntime,
  LaunchInput,
  parseNetCoreRuntimes,
  resolveDotnet,
  resolveServerLaunch,
  runtimeProblem,
} from '../../src/serverLaunch';

function input(overrides: Partial<LaunchInput> = {}): LaunchInput {
  return {
    extensionPath: '/ext',
    serverPath: '',
    dotnetPath: '',
    workspaceFolder: '/ws',
    homeDir: '/home/me',
    env: { PATH: '/usr/local/bin:/usr/bin' },
    exists: file => file === '/usr/bin/dotnet',
    platform: 'linux',
    ...overrides,
  };
}

const LIST_RUNTIMES = `Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
`;

describe('resolveServerLaunch', () => {
  it('runs the bundled server with dotnet found on PATH', () => {
    assert.deepEqual(resolveServerLaunch(input()), {
      command: '/usr/bin/dotnet',
      args: [path.join('/ext', 'server', 'reportlint-ls.dll'), '--stdio'],
      serverFile: path.join('/ext', 'server', 'reportlint-ls.dll'),
      usesDotnet: true,
    });
  });
  it('a custom .dll is run with dotnet, relative to the workspace', () => {
    const launch = resolveServerLaunch(input({ serverPath: 'build/reportlint-ls.dll' }));
    assert.equal(launch.serverFile, '/ws/build/reportlint-ls.dll');
    assert.deepEqual(launch.args, ['/ws/build/reportlint-ls.dll', '--stdio']);
    assert.ok(launch.usesDotnet);
  });
  it('a custom executable is run directly', () => {
    assert.deepEqual(resolveServerLaunch(input({ serverPath: '~/bin/reportlint-ls' })), {
      command: '/home/me/bin/reportlint-ls',
      args: ['--stdio'],
      serverFile: '/home/me/bin/reportlint-ls',
      usesDotnet: false,
    });
  });
  it('a .DLL in capitals is still a dll', () => {
    assert.ok(resolveServerLaunch(input({ serverPath: '/opt/RL/REPORTLINT-LS.DLL' })).usesDotnet);
  });
});

describe('resolveDotnet', () => {
  it('reportlint.dotnetPath first', () => {
    assert.equal(resolveDotnet(input({ dotnetPath: '~/.dotnet/dotnet' })), '/home/me/.dotnet/dotnet');
  });
  it('then PATH, then DOTNET_ROOT, else plain dotnet', () => {
    assert.equal(resolveDotnet(input()), '/usr/bin/dotnet');
    assert.equal(
      resolveDotnet(input({ env: { PATH: '/usr/bin', DOTNET_ROOT: '/opt/dotnet' }, exists: f => f === '/opt/dotnet/dotnet' })),
      '/opt/dotnet/dotnet',
    );
    assert.equal(resolveDotnet(input({ exists: () => false })), 'dotnet');
  });
});

describe('expandPath', () => {
  it('expands ~ and resolves relative paths against the workspace', () => {
    assert.equal(expandPath('~', '/home/me', '/ws'), '/home/me');
    assert.equal(expandPath(' ./x/../y.dll ', '/home/me', '/ws'), '/ws/y.dll');
    assert.equal(expandPath('/abs/s.dll', '/home/me', '/ws'), '/abs/s.dll');
    assert.equal(expandPath('rel.dll', '/home/me', undefined), 'rel.dll');
  });
});

describe('runtime check', () => {
  it('parses Microsoft.NETCore.App versions only', () => {
    assert.deepEqual(parseNetCoreRuntimes(LIST_RUNTIMES), ['8.0.11', '10.0.0-rc.2.25502.107']);
    assert.deepEqual(parseNetCoreRuntimes('Microsoft.NETCore.App 10.0.1 [C:\\dotnet]\r\n'), ['10.0.1']);
    assert.deepEqual(parseNetCoreRuntimes(''), []);
  });
  it('needs major 10 (previews included); 8 or 11 do not do', () => {
    assert.ok(hasRequiredRuntime(['8.0.11', '10.0.0-rc.2.25502.107']));
    assert.ok(hasRequiredRuntime(['10.0.3']));
    assert.ok(!hasRequiredRuntime(['8.0.11', '9.0.4']));
    assert.ok(!hasRequiredRuntime(['11.0.0', '1.0.0']));
    assert.ok(!hasRequiredRuntime([]));
  });
  it('dotnet missing: says what to install', () => {
    const check = runtimeProblem('dotnet', { error: { code: 'ENOENT', message: 'spawn dotnet ENOENT' }, stdout: '' }, 'en');
    assert.equal(check.ok, false);
    assert.ok(!check.ok && check.reason === 'dotnet-missing');
    assert.ok(!check.ok && check.message.includes('.NET 10 runtime') && check.message.includes('"dotnet" was not found'));
    const vi = runtimeProblem('dotnet', { error: { code: 'ENOENT', message: '' }, stdout: '' }, 'vi');
    assert.ok(!vi.ok && vi.message.startsWith('ReportLint cần .NET 10 Runtime'));
  });
  it('only an older runtime: lists what was found', () => {
    const check = runtimeProblem('/usr/bin/dotnet', { stdout: 'Microsoft.NETCore.App 8.0.11 [/x]\n' }, 'en');
    assert.ok(!check.ok && check.reason === 'runtime-missing');
    assert.ok(!check.ok && check.message.endsWith('"/usr/bin/dotnet" has: 8.0.11.'));
  });
  it('.NET 10 present: ok', () => {
    assert.deepEqual(runtimeProblem('dotnet', { stdout: LIST_RUNTIMES }, 'en'), { ok: true });
  });
});
