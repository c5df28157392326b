import { nativeReduce } from './reduce-replaced.js';

(Array.prototype as unknown as Record<string, unknown>).reduce = nativeReduce;
