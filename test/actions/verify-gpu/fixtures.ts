/** Devices and requirements the verify-gpu unit tests start from. */
import type { Device } from '../../../actions/verify-gpu/src/devices.js';
import type { Requirements } from '../../../actions/verify-gpu/src/requirements.js';

/** No requirement but one GPU. */
export const NO_REQUIREMENTS: Requirements = {
  minGpus: 1,
  minMemoryMiB: undefined,
  minDriver: undefined,
  minCuda: undefined,
  minComputeCapability: undefined,
  gpuName: undefined,
  maxUtilization: undefined,
  maxMemoryUsed: undefined,
};

/** An H100 as nvidia-smi reports it on an idle machine. */
export const H100: Device = {
  id: '0',
  gpuIndex: 0,
  name: 'NVIDIA H100 80GB HBM3',
  uuid: 'GPU-1',
  memoryMiB: 81559,
  memoryUsedMiB: 1024,
  utilization: 3,
  computeCapability: '9.0',
  temperature: 30,
  mig: undefined,
};
