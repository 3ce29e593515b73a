/**
 * CSV for scorecards: an exact RFC 4180 writer (with formula neutralising), a
 * papaparse-backed reader that undoes it, the documented export shapes, and the
 * items importer.
 */
export * from './format';
export * from './scorecard';
export * from './clock';
export * from './items-import';
export * from './filename';
export * from './decode';
export * from './file-seal';
