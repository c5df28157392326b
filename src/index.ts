/**
 * Every public class and type. Importing this module defines every element.
 */
export * from './feed/index.js';
