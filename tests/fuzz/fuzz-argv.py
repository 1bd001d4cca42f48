#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Command-line fuzzer: runs the built `virtdeck` with generated argument vectors — every
command and option it has, with hostile values (huge, negative, fractional, NaN, empty, path
traversal, control characters, very long, wrong types) — against the test driver and scratch
files, and fails on a crash, a hang, a sanitizer report or an exit code outside 0/1/2.

   fuzz-argv.py VIRTDECK_BINARY SECONDS [SEED]

Each failing vector is printed as a shell line to rerun; the run is reproducible from SEED."""
import os, random, shlex, signal, subprocess, sys, tempfile, time

binary, seconds = sys.argv[1], float(sys.argv[2])
seed = int(sys.argv[3]) if len(sys.argv) > 3 else int(time.time())
rng = random.Random(seed)
work = tempfile.mkdtemp(prefix='vd-argv-')
image = os.path.join(work, 'disk.raw')
with open(image, 'wb') as f:
    f.write(os.urandom(256 * 1024))
roster = os.path.join(work, 'roster.csv')
with open(roster, 'w') as f:
    f.write('id,name,email,group\ns1,Ada,ada@example.org,A\ns2,Bob,bob@example.org,B\n')
os.mkfifo(os.path.join(work, 'fifo'))

NUMBERS = ['0', '-1', '1', '2147483647', '2147483648', '-2147483649', '9223372036854775807',
           '99999999999999999999', '1e9', '0.5', 'nan', 'inf', '0x10', '', ' ', 'abc', '１']
TEXTS = ['', ' ', 'x', '../../../../tmp/x', '/etc/passwd', 'a' * 5000, 'name\nwith\nlines',
         'tab\there', '\x01\x7f', 'ü名字', '*', '$(id)', '--', '-x', 'a,b,,c', 'a=b=c', '%1%n']
URIS = ['test:///default', 'test:///nonexistent.xml', 'qemu+ssh://nobody@127.0.0.1:1/system',
        'bogus://', '', 'test://' + roster]
TIMES = ['2026-12-01T09:00', '2026-13-45T99:00', '25:61', '09:00', 'mon,fri 07:30',
         'xyz 07:30', '1/2147483647 * * * *', '*/0 * * * *', '0 9 * * 1-5', '61 * * * *',
         '* * * * * * *', '5-1 * * * *']
FILES = [image, roster, os.path.join(work, 'fifo'), '/dev/null', '/dev/zero', work,
         os.path.join(work, 'missing'), '/proc/self/mem', '']

def value():
    return rng.choice([rng.choice(NUMBERS), rng.choice(TEXTS), rng.choice(FILES),
                       rng.choice(TIMES), rng.choice(URIS)])

def db():
    return ['--database', os.path.join(work, rng.choice(['a.sqlite', 'b.sqlite', 'fifo']))]

COMMANDS = {
    'list': ['--connect', '--json', '--timeout'],
    'hosts': ['--connect', '--json', '--timeout'],
    'volumes': ['--connect', '--json', '--timeout'],
    'pools': ['--connect', '--json', '--timeout'],
    'jobs add': ['--connect', '--action', '--vm', '--at', '--after', '--daily', '--weekly',
                 '--cron', '--name', '--priority', '--group', '--snapshot', '--param',
                 '--fail-if-down', '--json', '--no-catch-up'],
    'jobs list': ['--json', '--schedules'],
    'jobs cancel': [],
    'backup': ['--connect', '--repo', '--image', '--name', '--full', '--threads',
               '--scratch-pool', '--timeout', '--json'],
    'backups': ['--repo', '--json'],
    'restore': ['--repo', '--connect', '--name', '--pool', '--to-dir', '--to-original', '--yes',
                '--force'],
    'verify': ['--repo', '--sample'],
    'prune': ['--repo', '--keep-last', '--keep-daily', '--keep-weekly', '--keep-monthly',
              '--dry-run', '--remove-all'],
    'lab create': ['--lab', '--name', '--template', '--role', '--roster', '--connect',
                   '--pattern', '--placement', '--network'],
    'lab list': ['--json'],
    'lab status': ['--lab', '--students', '--json'],
    'lab capacity': ['--lab', '--at', '--json'],
    'lab settings': ['--lab', '--network', '--stagger', '--data-disk'],
    'lab roster': ['--lab', '--add', '--drop'],
    'lab report': ['--lab', '--format', '--output'],
}
ACTIONS = ['start', 'shutdown', 'snapshot-create', 'clone', 'migrate', 'backup', 'fly', '']
PARAMS = ['wait', 'force', 'keepLast', 'linked', 'repository', 'nosuch', '']
FLAGS = {'--json', '--full', '--fail-if-down', '--no-catch-up', '--dry-run', '--to-original',
         '--yes', '--force', '--remove-all', '--schedules'}

def option_value(opt):
    if opt == '--connect':
        return rng.choice(URIS)
    if opt == '--action':
        return rng.choice(ACTIONS)
    if opt == '--param':
        return rng.choice(PARAMS) + '=' + value()
    if opt in ('--repo', '--to-dir'):
        return os.path.join(work, rng.choice(['repo', 'repo2', 'out', 'fifo', '../escape']))
    if opt in ('--image', '--roster', '--add', '--output'):
        return rng.choice(FILES)
    if opt in ('--at', '--daily', '--weekly', '--cron'):
        return rng.choice(TIMES)
    if opt == '--timeout':
        return rng.choice(['1', '2', '0', '-1', 'abc'])
    return value()

def vector():
    if rng.random() < 0.05:  # an unknown command, never an option (that opens the window)
        return [rng.choice(['frobnicate', 'LIST', 'help', 'x' * 300, 'ü'])] + \
               [value() for _ in range(rng.randint(0, 3))]
    cmd = rng.choice(list(COMMANDS))
    args = cmd.split()
    opts = COMMANDS[cmd]
    for _ in range(rng.randint(0, 6)):
        opt = rng.choice(opts + ['--bogus']) if opts else '--bogus'
        args.append(opt)
        if opt not in FLAGS:
            args.append(option_value(opt))
    if cmd.startswith('jobs') or cmd.startswith('lab'):
        args += db()
    for _ in range(rng.randint(0, 2)):
        args.append(value())  # positional arguments: VMs, backup ids, job ids
    return args

env = dict(os.environ, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8',
           XDG_CONFIG_HOME=os.path.join(work, 'config'), XDG_DATA_HOME=os.path.join(work, 'data'),
           ASAN_OPTIONS='detect_leaks=0:abort_on_error=1', UBSAN_OPTIONS='halt_on_error=1')
deadline = time.time() + seconds
runs = failures = 0
while time.time() < deadline:
    args = vector()
    runs += 1
    # A session of its own, so that whatever the run started (an ssh child of libvirt) goes
    # with it, and nothing stays behind on the machine.
    p = subprocess.Popen([binary] + args, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, raw = p.communicate(timeout=20)
        err = raw.decode('utf-8', 'replace')
        bad = None
        if p.returncode < 0:
            bad = 'killed by signal %s' % signal.Signals(-p.returncode).name
        elif p.returncode not in (0, 1, 2):
            bad = 'exit code %d' % p.returncode
        elif 'AddressSanitizer' in err or 'runtime error:' in err or 'terminate called' in err:
            bad = 'sanitizer or C++ runtime report'
    except subprocess.TimeoutExpired:
        bad, err = 'no answer within 20 s (a hang)', ''
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
    if bad:
        failures += 1
        print('fuzz-argv: %s: %s %s' % (bad, binary, shlex.join(args)))
        print('\n'.join(err.splitlines()[-15:]))
print('fuzz-argv: %d runs, %d failures (seed %d)' % (runs, failures, seed))
subprocess.run(['rm', '-rf', work])
sys.exit(1 if failures else 0)
