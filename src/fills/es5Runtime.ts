/**
 * What Internet Explorer 11 lacks that babel's core-js fills cannot give: Unicode normalization.
 * Vietnamese text is matched in NFC (a decomposed "ộ" must equal the composed one), and core-js
 * has no String.prototype.normalize; unorm adds it where it is missing. The ES5 bundles import
 * this first; the rest (Promise, Map, Set, Symbol, Array.from, Object.assign…) babel adds per use.
 */
import 'unorm';
import './legacyRuntime';
