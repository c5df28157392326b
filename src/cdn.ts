/** Entry of the self-contained script-tag bundle: defines every element. */
export * from './index.js';
