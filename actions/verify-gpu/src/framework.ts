/**
 * Asks the job's own Python whether its framework sees the GPUs: importable, built with CUDA, a CUDA no newer
 * than the driver supports, the same device count as nvidia-smi, and (smoke test) a matrix product on every
 * device that agrees with the CPU's. The probe prints one JSON line; everything else it prints is kept for
 * the log.
 */
import { compareVersions } from './requirements.js';

export type Framework = 'torch' | 'jax' | 'cupy';

/** Run as `python -c PROBE <framework> <smoke: 0|1>`. */
export const PROBE = String.raw`
import json, sys, traceback, warnings
framework, smoke = sys.argv[1], sys.argv[2] == "1"
out = {"framework": framework, "version": None, "cuda": None, "available": False, "count": 0,
       "devices": [], "smoke": [], "warnings": [], "error": None}
def finish():
    print("RUNWAY_PROBE " + json.dumps(out))
    sys.exit(0)
try:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if framework == "torch":
            import torch
            out["version"] = torch.__version__
            out["cuda"] = torch.version.cuda
            out["available"] = bool(torch.cuda.is_available())
            out["count"] = torch.cuda.device_count() if out["available"] else 0
            out["devices"] = [torch.cuda.get_device_name(i) for i in range(out["count"])]
            if smoke and out["available"]:
                g = torch.Generator().manual_seed(0)
                a = torch.randn(256, 256, generator=g)
                b = torch.randn(256, 256, generator=g)
                ref = a @ b
                for i in range(out["count"]):
                    try:
                        got = (a.to("cuda:%d" % i) @ b.to("cuda:%d" % i)).cpu()
                        err = float((got - ref).abs().max().item())
                        out["smoke"].append({"device": i, "max_abs_error": err, "ok": err < 1e-2})
                    except Exception as e:
                        out["smoke"].append({"device": i, "error": "%s: %s" % (type(e).__name__, e), "ok": False})
        elif framework == "jax":
            import jax, jax.numpy as jnp
            out["version"] = jax.__version__
            try:
                gpus = jax.devices("gpu")
            except RuntimeError as e:
                gpus = []
                out["warnings"].append(str(e))
            out["available"] = len(gpus) > 0
            out["count"] = len(gpus)
            out["devices"] = [str(d.device_kind) for d in gpus]
            if smoke:
                import numpy as np
                rng = np.random.default_rng(0)
                a = rng.standard_normal((256, 256), dtype=np.float32)
                b = rng.standard_normal((256, 256), dtype=np.float32)
                ref = a @ b
                for i, d in enumerate(gpus):
                    got = np.asarray(jax.device_put(a, d) @ jax.device_put(b, d))
                    err = float(np.abs(got - ref).max())
                    out["smoke"].append({"device": i, "max_abs_error": err, "ok": err < 1e-2})
        elif framework == "cupy":
            import cupy
            out["version"] = cupy.__version__
            v = cupy.cuda.runtime.runtimeGetVersion()
            out["cuda"] = "%d.%d" % (v // 1000, (v % 1000) // 10)
            out["count"] = cupy.cuda.runtime.getDeviceCount()
            out["available"] = out["count"] > 0
            out["devices"] = [cupy.cuda.runtime.getDeviceProperties(i)["name"].decode() for i in range(out["count"])]
            if smoke:
                import numpy as np
                rng = np.random.default_rng(0)
                a = rng.standard_normal((256, 256), dtype=np.float32)
                b = rng.standard_normal((256, 256), dtype=np.float32)
                ref = a @ b
                for i in range(out["count"]):
                    with cupy.cuda.Device(i):
                        got = cupy.asnumpy(cupy.asarray(a) @ cupy.asarray(b))
                    err = float(np.abs(got - ref).max())
                    out["smoke"].append({"device": i, "max_abs_error": err, "ok": err < 1e-2})
        out["warnings"] += [str(w.message) for w in caught]
except ImportError as e:
    out["error"] = "import: %s" % e
except Exception as e:
    out["error"] = "%s: %s" % (type(e).__name__, e)
    out["traceback"] = traceback.format_exc()
finish()
`;

export interface ProbeResult {
  framework: Framework;
  version: string | null;
  cuda: string | null;
  available: boolean;
  count: number;
  devices: string[];
  smoke: { device: number; ok: boolean; max_abs_error?: number; error?: string }[];
  warnings: string[];
  error: string | null;
}

/** The probe's JSON line from its output; undefined when it never printed one (crash, wrong interpreter). */
export function parseProbe(output: string): ProbeResult | undefined {
  const line = output.split(/\r?\n/).find((l) => l.startsWith('RUNWAY_PROBE '));
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line.slice('RUNWAY_PROBE '.length)) as ProbeResult;
  } catch {
    return undefined;
  }
}

/** Every way the framework falls short, one line each; empty when it can use the GPUs. */
export function frameworkProblems(
  probe: ProbeResult,
  context: { python: string; visible: number; driverCuda: string | undefined; smoke: boolean },
): string[] {
  const name = `${probe.framework}${probe.version ? ` ${probe.version}` : ''}`;
  if (probe.error !== null) {
    if (probe.error.startsWith('import: ')) {
      return [
        `${probe.framework} cannot be imported by ${context.python} (${probe.error.slice(8)}): install it in the environment the job uses, or point 'python' at that interpreter`,
      ];
    }
    return [`${name} failed while probing the GPU: ${probe.error}`];
  }
  const problems: string[] = [];
  if (probe.framework !== 'jax' && (probe.cuda === null || probe.cuda === '')) {
    return [
      `${name} was built without CUDA: install a CUDA build (for torch, e.g. pip install torch --index-url https://download.pytorch.org/whl/cu124)`,
    ];
  }
  if (
    probe.cuda !== null &&
    context.driverCuda !== undefined &&
    compareVersions(probe.cuda, context.driverCuda) > 0
  ) {
    problems.push(
      `${name} was built for CUDA ${probe.cuda}, newer than the CUDA ${context.driverCuda} the driver supports: upgrade the driver, or install a ${probe.framework} build for CUDA ${context.driverCuda} or older`,
    );
  }
  if (!probe.available) {
    const said = probe.warnings.length > 0 ? `: ${probe.warnings.join(' ')}` : '';
    problems.push(`${name} sees no GPU (cuda available: False)${said}`);
  } else if (probe.count !== context.visible) {
    problems.push(
      `${name} sees ${probe.count} GPU${probe.count === 1 ? '' : 's'} but nvidia-smi shows ${context.visible} visible`,
    );
  }
  if (context.smoke) {
    for (const s of probe.smoke.filter((x) => !x.ok)) {
      problems.push(
        s.error !== undefined
          ? `smoke test on device ${s.device} failed: ${s.error}`
          : `smoke test on device ${s.device}: the GPU's matrix product differs from the CPU's by ${s.max_abs_error ?? '?'} (more than 0.01)`,
      );
    }
    if (probe.available && probe.smoke.length < probe.count)
      problems.push(`smoke test ran on ${probe.smoke.length} of ${probe.count} devices`);
  }
  return problems;
}
