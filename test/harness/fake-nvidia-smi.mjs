// A stand-in for nvidia-smi that answers from real captures. The scenario (JSON, path in FAKE_SMI) names a
// source: a multi-command capture (sections `# $ nvidia-smi ARGS`), a `-q` text dump, or a `-q -x` XML
// dump; each query form the action uses is answered from that source's data, never from invented values.
// { "capture"|"qtext"|"xml": path, "phase": 1|2, "idleAfter": n, "exitCode": n, "failure": path,
//   "rejectFields": ["compute_cap"], "calls": path (a counter file) }
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

const scenario = JSON.parse(readFileSync(process.env.FAKE_SMI, 'utf8'));
const args = process.argv.slice(2);
let call = 0;
if (scenario.calls) {
  call = existsSync(scenario.calls) ? readFileSync(scenario.calls, 'utf8').length : 0;
  appendFileSync(scenario.calls, 'x');
}
const out = (text, code = 0) => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  process.exit(code);
};

if (scenario.failure) out(readFileSync(scenario.failure, 'utf8'), scenario.exitCode ?? 1);

/** Sections of a capture for a command, in order (idle phase first, then load). */
function sections(capture, command) {
  const lines = readFileSync(capture, 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    if (
      lines[i] !== `# $ nvidia-smi ${command}` &&
      !(command.endsWith('=') && lines[i].startsWith(`# $ nvidia-smi ${command}`))
    )
      continue;
    const body = [];
    for (let j = i + 2; j < lines.length && !lines[j].startsWith('####'); j++) body.push(lines[j]);
    found.push(body.join('\n').trim());
  }
  return found;
}

// Which phase answers: `phase`, or idle (1) once `idleAfter` queries were made under load (2).
const phase = scenario.idleAfter !== undefined ? (call >= scenario.idleAfter ? 1 : 2) : (scenario.phase ?? 1);

/** Rows of {field: value-with-units} from the source. */
function rows() {
  if (scenario.capture) {
    const [header, ...data] = sections(scenario.capture, '--query-gpu=')[phase - 1].split('\n');
    const names = header.split(', ').map((h) => h.replace(/ \[.*\]$/, ''));
    return data
      .filter(Boolean)
      .map((line) => Object.fromEntries(line.split(', ').map((v, i) => [names[i], v])));
  }
  if (scenario.qtext) {
    const text = readFileSync(scenario.qtext, 'utf8');
    const driver = /^Driver Version\s*: (.*)$/m.exec(text)[1];
    return text
      .split(/^GPU [0-9A-F:.]+$/m)
      .slice(1)
      .map((block, index) => {
        const get = (re) => re.exec(block)?.[1]?.trim() ?? '[N/A]';
        return {
          index: String(index),
          name: get(/Product Name\s*: (.*)/),
          uuid: get(/GPU UUID\s*: (.*)/),
          'memory.total': get(/FB Memory Usage\s*\n\s*Total\s*: (.*)/),
          'memory.used': get(/FB Memory Usage\s*\n\s*Total.*\n\s*Reserved.*\n\s*Used\s*: (.*)/),
          'utilization.gpu': get(/Utilization\s*\n\s*Gpu\s*: (.*)/),
          driver_version: driver,
          'temperature.gpu': get(/GPU Current Temp\s*: (.*)/),
        };
      });
  }
  const xml = readFileSync(scenario.xml, 'utf8');
  const driver = /<driver_version>(.*?)<\/driver_version>/.exec(xml)[1];
  return xml
    .split('<gpu id=')
    .slice(1)
    .map((block, index) => {
      const get = (re) => re.exec(block)?.[1] ?? '[N/A]';
      return {
        index: String(index),
        name: get(/<product_name>(.*?)<\/product_name>/),
        uuid: get(/<uuid>(.*?)<\/uuid>/),
        'memory.total': get(/<fb_memory_usage>\s*<total>(.*?)<\/total>/),
        'memory.used': get(/<fb_memory_usage>[\s\S]*?<used>(.*?)<\/used>/),
        'utilization.gpu': get(/<gpu_util>(.*?)<\/gpu_util>/),
        driver_version: driver,
        'temperature.gpu': get(/<gpu_temp>(.*?)<\/gpu_temp>/),
      };
    });
}

const query = args.find((a) => a.startsWith('--query-gpu='));
if (query) {
  const fields = query.slice('--query-gpu='.length).split(',');
  const data = rows();
  for (const field of fields) {
    if ((scenario.rejectFields ?? []).includes(field) || (scenario.capture && !(field in data[0]))) {
      out(`Field "${field}" is not a valid field to query.\n`, 2);
    }
  }
  const noUnits = args.some((a) => a.includes('nounits'));
  out(
    data
      .map((row) =>
        fields
          .map((f) => {
            const v = row[f] ?? '[N/A]';
            return noUnits ? v.replace(/ (MiB|%|C|W|MHz)$/, '') : v;
          })
          .join(', '),
      )
      .join('\n'),
  );
}
if (args.join(' ') === '-q') {
  if (scenario.capture) out(sections(scenario.capture, '-q')[phase - 1]);
  if (scenario.qtext) out(readFileSync(scenario.qtext, 'utf8'));
  const xml = readFileSync(scenario.xml, 'utf8');
  const gpus = xml
    .split('<gpu id=')
    .slice(1)
    .map(
      (b) =>
        `GPU ${/^"([^"]+)"/.exec(b)[1]}\n    Product Name : ${/<product_name>(.*?)</.exec(b)[1]}\n    MIG Mode\n        Current : N/A`,
    );
  out(
    `==============NVSMI LOG==============\n\nDriver Version : ${/<driver_version>(.*?)</.exec(xml)[1]}\nCUDA Version : ${/<cuda_version>(.*?)</.exec(xml)[1]}\n\n${gpus.join('\n')}`,
  );
}
if (args.join(' ') === '-L') {
  if (scenario.capture) out(sections(scenario.capture, '-L')[0]);
  out(
    rows()
      .map((r) => `GPU ${r.index}: ${r.name} (UUID: ${r.uuid})`)
      .join('\n'),
  );
}
out(`fake nvidia-smi: no answer for ${args.join(' ')}`, 2);
