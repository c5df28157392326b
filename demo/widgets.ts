// Defines every widget from source, for the demo pages.
import '../src/index.js';
